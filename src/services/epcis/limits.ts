// Capture limits, advertised by OPTIONS /epcis/capture (GS1-EPCIS-Capture-Limit and
// GS1-EPCIS-Capture-File-Size-Limit) and enforced by POST /epcis/capture with 413.

export const CAPTURE_MAX_EVENTS = 1000;
export const CAPTURE_MAX_BYTES = 4 * 1024 * 1024;

export const EPCIS_VERSION = '2.0.0';
export const CBV_VERSION = '2.0.0';
