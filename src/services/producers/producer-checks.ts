import type { Kysely } from 'kysely';
import { findProducerByRegistrationNo, findProducerByTaxCode } from '../../db/repositories/producers.js';
import { findUnit } from '../../db/repositories/units.js';
import type { DB } from '../../db/schema.js';
import { missingIdentifier } from '../../domain/tax-code.js';
import type { FieldIssue } from '../errors.js';
import type { CreateProducerInput } from './producer-input.js';

// Rules over a whole producer record that need the database or several fields at once. Used by
// create, update (on the merged record) and the spreadsheet import, with the caller's path prefix.

/** The identifier rule of domain/tax-code.ts as field issues. */
export function identityIssues(input: CreateProducerInput, prefix: string): FieldIssue[] {
  const missing = missingIdentifier(input.type, input.taxCode ?? null, input.registrationNo ?? null);
  if (missing === 'taxCode') return [{ path: `${prefix}taxCode`, message: 'enterprises and cooperatives must give their tax code' }];
  if (missing === 'taxCodeOrRegistrationNo') return [{ path: `${prefix}taxCode`, message: 'give a tax code or a registration number' }];
  return [];
}

export const unknownUnit = (unitId: string, prefix: string): FieldIssue => ({ path: `${prefix}unitId`, message: `no unit '${unitId}'` });

/** The identifier rule and the unit's existence: issues, never throws. */
export async function producerRecordIssues(db: Kysely<DB>, input: CreateProducerInput, prefix: string): Promise<FieldIssue[]> {
  const issues = identityIssues(input, prefix);
  if ((await findUnit(db, input.unitId)) === undefined) issues.push(unknownUnit(input.unitId, prefix));
  return issues;
}

/** Tax code and registration number must not belong to another producer. */
export async function producerUniquenessIssues(db: Kysely<DB>, input: CreateProducerInput, ownId: number | undefined, prefix: string): Promise<FieldIssue[]> {
  const issues: FieldIssue[] = [];
  if (input.taxCode != null) {
    const other = await findProducerByTaxCode(db, input.taxCode);
    if (other !== undefined && other.id !== ownId) issues.push({ path: `${prefix}taxCode`, message: 'already registered to another producer' });
  }
  if (input.registrationNo != null) {
    const other = await findProducerByRegistrationNo(db, input.registrationNo);
    if (other !== undefined && other.id !== ownId) issues.push({ path: `${prefix}registrationNo`, message: 'already registered to another producer' });
  }
  return issues;
}
