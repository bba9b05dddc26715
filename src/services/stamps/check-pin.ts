import { addPinFailure, findStampState, findVisibleStamp, markFirstAuthentication, storePinHash, type VisibleStamp } from '../../db/repositories/stamps.js';
import { hashPin, verifyPin } from '../../domain/stamps/pin.js';
import { normaliseSerialInput } from '../../domain/stamps/serial.js';
import { signalRulesOn } from '../../rules/stamps/index.js';
import type { ServiceContext } from '../context.js';
import { ServiceError, tooManyRequests } from '../errors.js';
import { parseProvinces } from './batch-output.js';
import { pinKeyring } from './pin-keys.js';
import { stampPolicy } from './stamp-policy.js';
import { type VerifyOptions, countLookup, queueScan, verifyStamp } from './verify-stamp.js';
import type { PinResult, PinView } from './verify-output.js';
import { place, unknownView } from './verify-view.js';

// A buyer types the scratched-off PIN. Decided synchronously in the database, race-free:
// - the first correct PIN marks the stamp with one conditional UPDATE (… WHERE
//   first_authenticated_at IS NULL), so of any number of simultaneous correct attempts exactly
//   one is "first authentication"; every later one is told when and where that was (and raises
//   the pin-reuse signal);
// - a wrong PIN increments the failure count only while it is below the limit (also one
//   conditional UPDATE); at the limit the stamp is locked and no PIN is checked any more.

type Outcome = { result: PinResult; attemptsLeft: number | null };

async function wrongPin(ctx: ServiceContext, stamp: VisibleStamp, max: number): Promise<Outcome> {
  const failures = await addPinFailure(ctx.db, stamp.id, max);
  return failures === undefined ? { result: 'locked', attemptsLeft: 0 } : { result: 'wrong-pin', attemptsLeft: Math.max(0, max - failures) };
}

async function rightPin(ctx: ServiceContext, stamp: VisibleStamp, province: string | null, max: number): Promise<Outcome> {
  const first = await markFirstAuthentication(ctx.db, stamp.id, ctx.now().toISOString(), province, max);
  if (first) return { result: 'first-authentication', attemptsLeft: null };
  const now = await findStampState(ctx.db, stamp.id);
  return now?.first_authenticated_at == null ? { result: 'locked', attemptsLeft: 0 } : { result: 'already-authenticated', attemptsLeft: null };
}

async function decidePin(ctx: ServiceContext, stamp: VisibleStamp, pin: string, province: string | null): Promise<Outcome> {
  const max = stampPolicy().maxPinFailures;
  if (stamp.status === 'voided') return { result: 'voided', attemptsLeft: null };
  if (stamp.pin_hash === null || stamp.pin_key_id === null) return { result: 'not-a-pin-stamp', attemptsLeft: null };
  if (stamp.pin_failures >= max) return { result: 'locked', attemptsLeft: 0 };
  const keyring = pinKeyring(ctx.secret);
  const check = verifyPin(keyring, stamp.serial, pin, { keyId: stamp.pin_key_id, hash: stamp.pin_hash });
  if (check.result === 'unknown-key') throw new ServiceError(503, 'pin-key-missing', 'This stamp cannot be checked right now; please try again later');
  if (check.result === 'mismatch') return wrongPin(ctx, stamp, max);
  if (check.rehash) {
    // The record names a retired key: store a hash made with the current one.
    const fresh = hashPin(keyring, stamp.serial, pin.replace(/[\s-]/g, ''));
    await storePinHash(ctx.db, stamp.id, fresh.keyId, fresh.hash);
  }
  return rightPin(ctx, stamp, province, max);
}

export async function checkPin(ctx: ServiceContext, opts: VerifyOptions & { pin: string }): Promise<PinView> {
  const now = ctx.now();
  const at = now.toISOString();
  // A client blocked for probing is refused before the PIN is looked at: otherwise a genuine
  // buyer behind a shared (carrier NAT) address would spend the PIN's one use on a refusal.
  if (opts.stamps.probes.blocked(opts.client.key, now.getTime())) {
    const wait = opts.stamps.probes.retryAfter(opts.client.key, now.getTime());
    throw tooManyRequests(`Too many failed look-ups from this connection; try again in ${wait} s`, wait);
  }
  const serial = normaliseSerialInput(opts.serial);
  const stamp = await findVisibleStamp(ctx.db, serial);
  if (stamp === undefined) {
    countLookup(opts, signalRulesOn(at.slice(0, 10)), at, 'unknown');
    return { result: 'unknown-code', attemptsLeft: null, firstAuthenticatedAt: null, firstAuthenticatedIn: null, verification: unknownView(serial) };
  }
  const outcome = await decidePin(ctx, stamp, opts.pin, opts.client.province);
  const correct = outcome.result === 'first-authentication' || outcome.result === 'already-authenticated';
  if (outcome.result !== 'not-a-pin-stamp' && outcome.result !== 'locked' && outcome.result !== 'voided') {
    const batch = { producerId: stamp.producer_id, expectedProvinces: parseProvinces(stamp.expected_provinces) };
    queueScan(opts, { at, serial, stampId: stamp.id, result: 'found', outcome: correct ? 'pin-correct' : 'pin-wrong', ...batch });
  }
  // The answer shows this check's own writes, so it reads from the primary, not the replica.
  const answer = await verifyStamp({ ...ctx, readDb: ctx.db }, { ...opts, serial, record: false, outcome: outcome.result === 'already-authenticated' ? 'pin-correct' : 'viewed' });
  const view = answer.kind === 'found' || answer.kind === 'unknown' ? answer.view : unknownView(serial);
  const state = answer.kind === 'found' ? answer.facts.stamp : stamp;
  return { ...outcome, firstAuthenticatedAt: state.first_authenticated_at, firstAuthenticatedIn: place(state.first_auth_province), verification: view };
}
