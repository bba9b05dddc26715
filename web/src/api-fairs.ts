// Response shapes of the fairs and events calendar. Mirrors src/services/fairs/fair-input.ts.
import * as z from 'zod/mini';

export const Fair = z.object({
  id: z.number(),
  nameVi: z.string(),
  nameEn: z.nullable(z.string()),
  place: z.string(),
  unitId: z.nullable(z.string()),
  startsOn: z.string(),
  endsOn: z.string(),
  description: z.nullable(z.string()),
  url: z.nullable(z.string()),
  productIds: z.array(z.number()),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type Fair = z.infer<typeof Fair>;

export const FairPage = z.object({ items: z.array(Fair), total: z.number(), page: z.number(), pageSize: z.number() });
