import { z } from 'zod';
import { KNOWN_PARAMETERS } from '../../../domain/epcis/query-params.js';

export { CaptureJobOutput } from '../../../services/epcis/capture-job-output.js';

// Request and response schemas of the EPCIS 2.0 REST binding routes. The EPCIS document itself is
// validated against GS1's JSON Schema by the capture service (JSON paths in the problem), so the
// body schema here only says "a JSON object"; the query parameters are read by the domain's
// parseEventQuery (pipe-delimited lists, identifier forms) and are listed here for the OpenAPI.

export const CaptureInput = z.record(z.string(), z.unknown()).describe('An EPCISDocument (or EPCISQueryDocument) per the EPCIS 2.0 JSON Schema');

export const CaptureHeaders = z.looseObject({
  'gs1-capture-error-behaviour': z.enum(['rollback', 'proceed']).optional()
    .describe('rollback (default): all or nothing; proceed: store the valid events, list the others in the job errors'),
});

export const EpcFormatHeaders = z.looseObject({
  'gs1-epc-format': z.enum(['No_Preference', 'Always_GS1_Digital_Link', 'Always_EPC_URN', 'Never_Translates']).optional()
    .describe('Identifier form in responses; Digital Link when absent'),
});

const DESCRIPTIONS: Partial<Record<(typeof KNOWN_PARAMETERS)[number], string>> = {
  eventType: 'ObjectEvent|AggregationEvent|TransformationEvent|AssociationEvent|TransactionEvent (pipe-separated)',
  GE_eventTime: 'date-time with offset', LT_eventTime: 'date-time with offset', GE_recordTime: 'date-time with offset', LT_recordTime: 'date-time with offset',
  EQ_bizStep: 'bare CBV word (shipping) or URI', MATCH_epc: 'EPC URN or Digital Link; urn:epc:idpat:sgtin:…* or a GTIN-level link matches every serial',
  orderBy: 'eventTime (default) or recordTime', orderDirection: 'ASC or DESC (default)', perPage: 'events per page, 1–500 (default 30)',
  nextPageToken: 'opaque token from the previous page (Link rel="next")',
};

export const EventsQuery = z.looseObject(Object.fromEntries(KNOWN_PARAMETERS.map((p) => [p, z.string().optional().describe(DESCRIPTIONS[p] ?? 'pipe-separated values')])));

export const CaptureListQuery = z.object({
  perPage: z.coerce.number().int().min(1).max(500).default(30),
  nextPageToken: z.string().regex(/^\d{1,10}$/).optional().describe('from the previous page (Link rel="next")'),
});

export const CaptureIdParams = z.object({ captureID: z.coerce.number().int().positive().max(2_147_483_647) });
export const EventIdParams = z.object({ eventID: z.string().min(1).max(500).describe('URL-encoded eventID') });

export const EpcisDocumentOutput = z.record(z.string(), z.unknown()).describe('EPCISQueryDocument (JSON-LD)');
export const EventOutput = z.record(z.string(), z.unknown()).describe('One EPCIS event (JSON-LD)');
