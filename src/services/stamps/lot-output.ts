import { z } from 'zod';
import type { LotRow } from '../../db/repositories/lots.js';

const Certificate = z.object({ kind: z.string(), number: z.string().nullable().optional(), issuer: z.string().nullable().optional() });

export const LotOutput = z.object({
  id: z.number().int(),
  productId: z.number().int(),
  producerId: z.number().int(),
  code: z.string(),
  productionDate: z.string(),
  expiryDate: z.string().nullable(),
  quantity: z.number().int().nullable(),
  rawMaterialArea: z.string().nullable(),
  qualityCertificates: z.array(Certificate),
  boundStamps: z.number().int().describe('codes bound to (activated for) this lot'),
  createdAt: z.string(),
});
export type LotView = z.infer<typeof LotOutput>;

export const BindOutput = z.object({ lotId: z.number().int(), selected: z.number().int(), bound: z.number().int(), skipped: z.number().int().describe('already bound or voided') });
export const VoidOutput = z.object({ selected: z.number().int(), voided: z.number().int(), skipped: z.number().int().describe('already voided') });

function certificates(json: string): z.infer<typeof Certificate>[] {
  const parsed = z.array(Certificate).safeParse(JSON.parse(json));
  return parsed.success ? parsed.data : [];
}

export function presentLot(l: LotRow, boundStamps: number): LotView {
  return {
    id: l.id, productId: l.product_id, producerId: l.producer_id, code: l.code, productionDate: l.production_date, expiryDate: l.expiry_date,
    quantity: l.quantity, rawMaterialArea: l.raw_material_area, qualityCertificates: certificates(l.quality_certificates), boundStamps, createdAt: l.created_at,
  };
}
