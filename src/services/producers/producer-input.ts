import { z } from 'zod';
import type { ProducerRow } from '../../db/repositories/producers.js';

export const PRODUCER_TYPES = ['enterprise', 'cooperative', 'cooperative_group', 'household'] as const;
export const ProducerTypeInput = z.enum(PRODUCER_TYPES);

// Vietnamese enterprise/tax codes are 10 digits, or 13 with a "-NNN" branch suffix; household
// business registrations vary by district, so those are accepted as 6–20 letters/digits.
export const TaxCode = z
  .string()
  .trim()
  .regex(/^(\d{10}(-\d{3})?|[0-9A-Z]{6,20})$/, 'a 10-digit tax code (optionally -NNN branch) or a registration number');

export const ProducerFields = z.object({
  name: z.string().trim().min(2).max(200),
  type: ProducerTypeInput,
  taxCode: TaxCode.nullable().optional(),
  unitId: z.string().trim().min(1).max(40),
  address: z.string().trim().max(300).nullable().optional(),
  phone: z.string().trim().regex(/^\+?[0-9 .-]{8,20}$/, 'a phone number').nullable().optional(),
  email: z.email().max(200).nullable().optional(),
  representative: z.string().trim().max(120).nullable().optional(),
});
export const CreateProducerInput = ProducerFields;
export type CreateProducerInput = z.infer<typeof CreateProducerInput>;
export const UpdateProducerInput = ProducerFields.partial().strict();
export type UpdateProducerInput = z.infer<typeof UpdateProducerInput>;

export const ProducerOutput = z.object({
  id: z.number().int(),
  name: z.string(),
  type: ProducerTypeInput,
  taxCode: z.string().nullable(),
  unitId: z.string(),
  address: z.string().nullable(),
  phone: z.string().nullable(),
  email: z.string().nullable(),
  representative: z.string().nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type ProducerView = z.infer<typeof ProducerOutput>;

export function presentProducer(p: ProducerRow): ProducerView {
  return {
    id: p.id,
    name: p.name,
    type: p.type,
    taxCode: p.tax_code,
    unitId: p.unit_id,
    address: p.address,
    phone: p.phone,
    email: p.email,
    representative: p.representative,
    createdAt: p.created_at,
    updatedAt: p.updated_at,
  };
}
