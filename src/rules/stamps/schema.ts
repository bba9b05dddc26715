import { z } from 'zod';
import { SEVERITIES } from '../../domain/stamps/signals.js';

// File formats of src/rules/stamps/*.json. Strict objects: a misspelt key in a hand edit is an
// error, not silently ignored. Cross-field rules (dates that follow each other, grids that fit
// their page) are checked by the loader.

const Text = z.strictObject({ vi: z.string().min(1), en: z.string().min(1) });
const IsoDate = z.iso.date();
const Severity = z.enum(SEVERITIES);
const Positive = z.number().positive();

const rule = <T extends z.ZodRawShape>(extra: T) =>
  z.strictObject({ enabled: z.boolean(), severity: Severity, explanation: Text, ...extra });

const SignalVersionSchema = z.strictObject({
  id: z.string().regex(/^[a-z0-9-]+$/),
  effectiveFrom: IsoDate,
  replacedOn: IsoDate.nullable(),
  source: z.string().min(1),
  repeatedScans: rule({ maxScans: z.number().int().min(1), windowHours: Positive }),
  impossibleTravel: rule({ maxSpeedKmh: Positive, minDistanceKm: z.number().min(0), lookbackHours: Positive }),
  outsideMarket: rule({}),
  pinReuse: rule({}),
  serialProbing: rule({ maxFailures: z.number().int().min(1), windowMinutes: Positive }),
  counterfeitAtSeverity: Severity,
});

export const SignalsFileSchema = z.strictObject({ versions: z.array(SignalVersionSchema).min(1) });

const SizeMm = z.strictObject({ width: Positive, height: Positive });

const LayoutSchema = z.strictObject({
  id: z.string().regex(/^[a-z0-9-]+$/),
  name: Text,
  kind: z.enum(['sheet', 'roll']),
  stock: z.string().min(1),
  pageMm: SizeMm,
  labelMm: SizeMm,
  columns: z.number().int().min(1),
  rows: z.number().int().min(1),
  marginMm: z.strictObject({ top: z.number().min(0), left: z.number().min(0) }),
  gapMm: z.strictObject({ x: z.number().min(0), y: z.number().min(0) }),
  paddingMm: z.number().min(0),
});

export const LayoutsFileSchema = z.strictObject({ layouts: z.array(LayoutSchema).min(1) });
