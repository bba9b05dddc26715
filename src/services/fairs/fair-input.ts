import { z } from 'zod';
import type { FairRow } from '../../db/repositories/fairs.js';

// The fairs and events calendar the OCOP office keeps (shown publicly at /catalogue/fairs).

const IsoDate = z.iso.date();

export const FairFields = z.object({
  nameVi: z.string().trim().min(3).max(200).describe('Vietnamese name, e.g. "Hội chợ OCOP Quảng Ninh – Giáng sinh 2026"'),
  nameEn: z.string().trim().min(3).max(200).nullable().optional(),
  place: z.string().trim().min(2).max(300).describe('venue and address as announced'),
  unitId: z.string().trim().min(1).max(40).nullable().optional().describe('commune-level unit it takes place in; null outside the province'),
  startsOn: IsoDate,
  endsOn: IsoDate.describe('last day (inclusive), on or after startsOn'),
  description: z.string().trim().max(4000).nullable().optional(),
  url: z.url({ protocol: /^https?$/ }).max(500).nullable().optional().describe('organiser page (http or https)'),
  productIds: z.array(z.number().int().positive().max(2_147_483_647)).max(500).optional().describe('rated products shown at the fair; replaces the list when sent'),
});
export const CreateFairInput = FairFields.strict();
export type CreateFairInput = z.infer<typeof CreateFairInput>;
export const UpdateFairInput = FairFields.partial().strict();
export type UpdateFairInput = z.infer<typeof UpdateFairInput>;

export const FairOutput = z.object({
  id: z.number().int(),
  nameVi: z.string(),
  nameEn: z.string().nullable(),
  place: z.string(),
  unitId: z.string().nullable(),
  startsOn: z.string(),
  endsOn: z.string(),
  description: z.string().nullable(),
  url: z.string().nullable(),
  productIds: z.array(z.number().int()),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type FairView = z.infer<typeof FairOutput>;

export function presentFair(f: FairRow, productIds: readonly number[]): FairView {
  return {
    id: f.id, nameVi: f.name_vi, nameEn: f.name_en, place: f.place, unitId: f.unit_id, startsOn: f.starts_on, endsOn: f.ends_on,
    description: f.description, url: f.url, productIds: [...productIds], createdAt: f.created_at, updatedAt: f.updated_at,
  };
}
