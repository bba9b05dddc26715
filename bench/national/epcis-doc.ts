import { randomUUID } from 'node:crypto';

// An EPCIS 2.0 capture document of `events` ObjectEvents (shipping observations of demo
// stamps' Digital Links), each with its own eventID so no capture is a duplicate of another.

export function epcisDocument(events: number, tag: string): Record<string, unknown> {
  const now = Date.now();
  const eventList = Array.from({ length: events }, (_, i) => ({
    eventID: `urn:uuid:${randomUUID()}`,
    type: 'ObjectEvent',
    action: 'OBSERVE',
    bizStep: i % 2 === 0 ? 'shipping' : 'receiving',
    disposition: i % 2 === 0 ? 'in_transit' : 'in_progress',
    epcList: [`https://id.gs1.org/01/08939783400016/21/BENCH${tag}${String(i).padStart(6, '0')}`],
    eventTime: new Date(now - (events - i) * 1000).toISOString(),
    eventTimeZoneOffset: '+07:00',
    readPoint: { id: 'https://id.gs1.org/414/8939783400009' },
  }));
  return {
    '@context': ['https://ref.gs1.org/standards/epcis/2.0.0/epcis-context.jsonld'],
    type: 'EPCISDocument', schemaVersion: '2.0', creationDate: new Date(now).toISOString(),
    epcisBody: { eventList },
  };
}
