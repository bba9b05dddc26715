import { z } from 'zod';
import type { ProducerInsert, ProducerRow } from '../../db/repositories/producers.js';
import { REGISTRATION_NO_PATTERN, taxCodeProblem } from '../../domain/tax-code.js';
import { foldForSearch } from '../../domain/text.js';

export const PRODUCER_TYPES = ['enterprise', 'cooperative', 'cooperative_group', 'household'] as const;
export const ProducerTypeInput = z.enum(PRODUCER_TYPES);

// Identifiers: see domain/tax-code.ts for the rule (mod-11 tax codes; registration numbers for
// households and cooperative groups).
export const TaxCode = z
  .string()
  .trim()
  .superRefine((s, ctx) => {
    const problem = taxCodeProblem(s);
    if (problem === 'format') ctx.addIssue({ code: 'custom', message: 'a tax code has 10 digits, or 10 digits, "-" and a 3-digit branch number' });
    if (problem === 'check-digit') ctx.addIssue({ code: 'custom', message: 'the tax code check digit (10th digit) is wrong' });
  })
  .describe('10-digit tax code with a valid mod-11 check digit, optionally "-NNN" for a branch');

export const RegistrationNo = z
  .string()
  .trim()
  .transform((s) => s.toUpperCase())
  .pipe(z.string().regex(REGISTRATION_NO_PATTERN, '6–20 letters, digits, "/", "." or "-"'))
  .describe('household / cooperative-group registration number (or the owner\'s 12-digit personal id)');

const optionalText = (max: number) => z.string().trim().max(max).nullable().optional();

export const RepresentativeInput = z.object({
  name: z.string().trim().min(2).max(120),
  position: optionalText(120),
  woman: z.boolean().default(false).describe('the legal representative is a woman (scored by the OCOP criteria)'),
  ethnicMinority: z.boolean().default(false),
  disability: z.boolean().default(false).describe('the legal representative is a person with a disability'),
});

export const EmployeesInput = z
  .object({
    total: z.int().min(0).max(1_000_000),
    women: z.int().min(0).max(1_000_000).nullable().optional(),
    ethnicMinority: z.int().min(0).max(1_000_000).nullable().optional(),
  })
  .superRefine((e, ctx) => {
    if (e.women != null && e.women > e.total) ctx.addIssue({ code: 'custom', path: ['women'], message: 'cannot exceed the total number of employees' });
    if (e.ethnicMinority != null && e.ethnicMinority > e.total) ctx.addIssue({ code: 'custom', path: ['ethnicMinority'], message: 'cannot exceed the total number of employees' });
  });

export const ProducerFields = z.object({
  name: z.string().trim().min(2).max(200),
  type: ProducerTypeInput,
  taxCode: TaxCode.nullable().optional(),
  registrationNo: RegistrationNo.nullable().optional(),
  unitId: z.string().trim().min(1).max(40).describe('administrative unit id (GET /units); pre-2025 units stay valid for older records'),
  address: optionalText(300),
  phone: z.string().trim().regex(/^\+?[0-9 .-]{8,20}$/, 'a phone number').nullable().optional(),
  email: z.email().max(200).nullable().optional(),
  website: z.url({ protocol: /^https?$/ }).max(300).nullable().optional(),
  representative: RepresentativeInput.nullable().optional(),
  employees: EmployeesInput.nullable().optional(),
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
  registrationNo: z.string().nullable(),
  unitId: z.string(),
  address: z.string().nullable(),
  phone: z.string().nullable(),
  email: z.string().nullable(),
  website: z.string().nullable(),
  representative: z.object({ name: z.string(), position: z.string().nullable(), woman: z.boolean(), ethnicMinority: z.boolean(), disability: z.boolean() }).nullable(),
  employees: z.object({ total: z.number().int(), women: z.number().int().nullable(), ethnicMinority: z.number().int().nullable() }).nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type ProducerView = z.infer<typeof ProducerOutput>;

export function presentProducer(p: ProducerRow): ProducerView {
  return {
    id: p.id, name: p.name, type: p.type, taxCode: p.tax_code, registrationNo: p.registration_no, unitId: p.unit_id,
    address: p.address, phone: p.phone, email: p.email, website: p.website,
    representative: p.representative === null ? null : {
      name: p.representative, position: p.rep_position, woman: p.rep_woman === 1, ethnicMinority: p.rep_ethnic_minority === 1, disability: p.rep_disability === 1,
    },
    employees: p.employees_total === null ? null : { total: p.employees_total, women: p.employees_women, ethnicMinority: p.employees_ethnic_minority },
    createdAt: p.created_at,
    updatedAt: p.updated_at,
  };
}

type ProducerColumns = Omit<ProducerInsert, 'id' | 'created_at' | 'updated_at'>;

const flag = (b: boolean | undefined) => (b === true ? 1 : 0);

function representativeColumns(r: CreateProducerInput['representative']) {
  return { representative: r?.name ?? null, rep_position: r?.position ?? null, rep_woman: flag(r?.woman), rep_ethnic_minority: flag(r?.ethnicMinority), rep_disability: flag(r?.disability) };
}

function employeeColumns(e: CreateProducerInput['employees']) {
  return { employees_total: e?.total ?? null, employees_women: e?.women ?? null, employees_ethnic_minority: e?.ethnicMinority ?? null };
}

/** Columns for a full record (create, or a spreadsheet row that replaces the record). */
export function producerColumns(i: CreateProducerInput): ProducerColumns {
  return {
    name: i.name, name_folded: foldForSearch(i.name), type: i.type, tax_code: i.taxCode ?? null, registration_no: i.registrationNo ?? null,
    unit_id: i.unitId, address: i.address ?? null, phone: i.phone ?? null, email: i.email ?? null, website: i.website ?? null,
    ...representativeColumns(i.representative), ...employeeColumns(i.employees),
  };
}

/** Columns a partial update changes: only the fields present in the input. */
export function producerPatchColumns(i: UpdateProducerInput): Partial<ProducerColumns> {
  const full = producerColumns({ name: '', type: 'enterprise', unitId: '', ...i });
  const p: Partial<ProducerColumns> = {};
  const pick = <K extends keyof ProducerColumns>(present: boolean, ...keys: K[]) => {
    if (present) for (const k of keys) p[k] = full[k];
  };
  pick(i.name !== undefined, 'name', 'name_folded');
  pick(i.type !== undefined, 'type');
  pick(i.taxCode !== undefined, 'tax_code');
  pick(i.registrationNo !== undefined, 'registration_no');
  pick(i.unitId !== undefined, 'unit_id');
  pick(i.address !== undefined, 'address');
  pick(i.phone !== undefined, 'phone');
  pick(i.email !== undefined, 'email');
  pick(i.website !== undefined, 'website');
  pick(i.representative !== undefined, 'representative', 'rep_position', 'rep_woman', 'rep_ethnic_minority', 'rep_disability');
  pick(i.employees !== undefined, 'employees_total', 'employees_women', 'employees_ethnic_minority');
  return p;
}

/** The input that would recreate a stored record (used to merge partial updates and compare). */
export function producerInputOf(v: ProducerView): CreateProducerInput {
  const { name, type, taxCode, registrationNo, unitId, address, phone, email, website, representative, employees } = v;
  return { name, type, taxCode, registrationNo, unitId, address, phone, email, website, representative, employees };
}
