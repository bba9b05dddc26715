import { describe, expect, it } from 'vitest';
import { decodePageToken, encodePageToken } from './page-token.js';
import { parseEventQuery } from './query-params.js';
import { epcisInstant, utcMillis } from './time.js';

describe('event query parameters', () => {
  it('reads lists, times, identifiers and quantities into a typed filter', () => {
    const parsed = parseEventQuery({
      eventType: 'ObjectEvent|AggregationEvent', GE_eventTime: '2026-11-30T08:00:00+07:00', EQ_bizStep: 'https://ref.gs1.org/cbv/BizStep-shipping|receiving',
      MATCH_epc: 'urn:epc:id:sgtin:0614141.107346.2017|urn:epc:idpat:sgtin:0614141.107346.*', GE_quantity: '2.5', perPage: '10', orderDirection: 'asc',
    });
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    expect(parsed.query).toEqual({
      orderBy: 'eventTime', orderDirection: 'ASC', perPage: 10,
      filter: {
        eventTypes: ['ObjectEvent', 'AggregationEvent'], geEventTime: '2026-11-30T01:00:00.000Z', bizSteps: ['shipping', 'receiving'],
        matchEpc: [{ value: 'https://id.gs1.org/01/10614141073464/21/2017', prefix: false }, { value: 'https://id.gs1.org/01/10614141073464/', prefix: true }],
        quantity: [{ op: 'GE', value: 2.5 }],
      },
    });
  });

  it('names every bad parameter', () => {
    const parsed = parseEventQuery({ EQ_action: 'ADD|MOVE', LT_recordTime: 'soon', perPage: '9999', orderBy: 'name', MATCH_foo: 'x' });
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    expect(parsed.issues.map((i) => i.path).sort()).toEqual(
      ['querystring.EQ_action', 'querystring.LT_recordTime', 'querystring.MATCH_foo', 'querystring.orderBy', 'querystring.perPage'].sort());
  });

  it('round-trips page tokens and refuses forged ones', () => {
    const cursor = { orderBy: 'recordTime', orderDirection: 'DESC', value: '2026-11-30T01:00:00.000Z', id: 42 } as const;
    expect(decodePageToken(encodePageToken(cursor))).toEqual(cursor);
    expect(decodePageToken('nonsense')).toBeUndefined();
    expect(decodePageToken(Buffer.from('[1,"eventTime","UP","x",1]').toString('base64url'))).toBeUndefined();
  });

  it('normalises EPCIS timestamps to UTC milliseconds, rounding the fourth decimal', () => {
    expect(utcMillis('2022-02-16T20:33:31.116000-06:00')).toBe('2022-02-17T02:33:31.116Z');
    expect(utcMillis('2022-02-16T20:33:31.1165Z')).toBe('2022-02-16T20:33:31.117Z');
    expect(utcMillis('2022-02-16T20:33:31+14:00')).toBe('2022-02-16T06:33:31.000Z');
    expect(epcisInstant('2022-02-16T20:33:31')).toBeUndefined();
    expect(epcisInstant('2022-13-16T20:33:31Z')).toBeUndefined();
  });
});
