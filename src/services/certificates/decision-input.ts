import { z } from 'zod';
import { findDecisionByNumber, insertDecisions, type DecisionRow } from '../../db/repositories/decisions.js';
import type { DecisionKind } from '../../db/schema-evaluation.js';
import type { Authority } from '../../domain/evaluation/types.js';
import type { Actor } from '../../domain/roles.js';
import type { Tx } from '../context.js';
import { conflict, invalid } from '../errors.js';

// A decision as province staff enter it: number, date and signer. One provincial decision often
// recognises many products, so a number and date already on record is reused — as long as it
// is the same kind of decision by the same authority.

export const SignerInput = z.object({
  name: z.string().trim().min(2).max(120),
  title: z.array(z.string().trim().min(1).max(80)).min(1).max(3).describe('signing lines as printed, e.g. ["KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"]'),
}).strict();

export const DecisionInput = z.object({
  number: z.string().trim().min(1).max(60).describe('e.g. 1234/QĐ-UBND'),
  date: z.iso.date(),
  signer: SignerInput,
  expiresOn: z.iso.date().optional().describe('only for rules that give no validity period (1048): the expiry printed in the decision'),
  reason: z.string().trim().max(2000).optional(),
}).strict();
export type DecisionInput = z.infer<typeof DecisionInput>;

export function assertDecisionDate(date: string, today: string, notBefore: string | null): void {
  if (date > today) throw invalid('The decision date is in the future', [{ path: 'body.date', message: `on or before ${today}` }]);
  if (notBefore !== null && date < notBefore) throw invalid('The decision date is before the dossier was filed', [{ path: 'body.date', message: `on or after ${notBefore}` }]);
}

export async function decisionFor(trx: Tx, input: DecisionInput, kind: DecisionKind, authority: Authority, actor: Actor, at: string): Promise<DecisionRow> {
  const existing = await findDecisionByNumber(trx, input.number, input.date);
  if (existing !== undefined) {
    if (existing.kind === kind && existing.authority === authority) return existing;
    throw conflict(`Decision ${input.number} of ${input.date} is already on record as a different decision`, [{ path: 'body.number', message: `already used for a ${existing.kind} by ${existing.authority}` }]);
  }
  const [row] = await insertDecisions(trx, [{
    kind, number: input.number, decided_on: input.date, authority, signer_name: input.signer.name, signer_title: JSON.stringify(input.signer.title),
    created_by: actor.userId === 0 ? null : actor.userId, created_at: at,
  }]);
  if (row === undefined) throw new Error('decision not stored');
  return row;
}
