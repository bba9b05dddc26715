import { z } from 'zod';
import { EXPORT_FORMATS } from '../../../services/epcis/national-export.js';

export { JourneyOutput, RecordJourneyInput, RecordJourneyOutput } from '../../../services/epcis/journey-input.js';

/** format=json answers the data set (product, producer, lot, productionTime, codes, oneStepBack, oneStepForward); csv one row per code. */
export const NationalExportInput = z.object({ format: z.enum(EXPORT_FORMATS).default('json') });

export const ScanExportInput = z.object({ limit: z.coerce.number().int().min(1).max(10_000).default(1000) });

export const ScanExportOutput = z.object({
  '@context': z.array(z.string()),
  type: z.literal('EPCISDocument'),
  schemaVersion: z.literal('2.0'),
  creationDate: z.string(),
  epcisBody: z.object({ eventList: z.array(z.record(z.string(), z.unknown())) }),
});
