import { COUNCIL_ROLE_NAMES, ROLE_NAMES, commaList, orList } from './messages.js';
import type { CouncilRole, DossierAction, DossierFact, DossierKind, DossierState, Role, Text, Versioned, WaitingOn } from './types.js';
import { COUNCIL_ROLES, DOSSIER_STATES } from './types.js';

// The evaluation dossier's life cycle. The table of steps (who may move a dossier from which
// state to which, whether a reason is needed, which conditions must hold) is versioned data in
// src/rules/evaluation/dossier-workflow.json; this module only reads it. Conditions that other
// rules decide (the commune's four contents, the council's tally, a recorded decision) come in
// as "facts" so that this module stays independent of them.

/** A role that may take a step; council members may be narrowed to council roles. */
export type ActorMatch = { readonly role: Role; readonly councilRoles?: readonly CouncilRole[] | undefined };

export type TransitionRule = {
  readonly action: DossierAction;
  readonly from: readonly DossierState[];
  readonly to: DossierState;
  readonly by: readonly ActorMatch[];
  readonly reason: 'required' | 'optional';
  readonly requires?: readonly DossierFact[] | undefined;
};

export type StateRule = { readonly code: DossierState; readonly label: Text; readonly waitingOn: WaitingOn };
export type KindRule = { readonly code: DossierKind; readonly label: Text; readonly reusesPreviousEvidence: boolean };

export type EvidenceTypeRule = {
  readonly code: string;
  readonly label: Text;
  /** Kinds of dossier that cannot be complete without it; empty: optional supporting evidence. */
  readonly requiredFor: readonly DossierKind[];
  /** May a re-evaluation or upgrade carry it over from the previous dossier? */
  readonly reusable: boolean;
  readonly onlySets?: readonly number[] | undefined;
  readonly exceptSets?: readonly number[] | undefined;
};

/** One version of src/rules/evaluation/dossier-workflow.json. */
export type DossierWorkflow = Versioned & {
  readonly source: string;
  readonly notes: readonly string[];
  readonly initialState: DossierState;
  readonly states: readonly StateRule[];
  readonly transitions: readonly TransitionRule[];
  readonly actions: Readonly<Record<DossierAction, Text>>;
  readonly facts: Readonly<Record<DossierFact, Text>>;
  readonly kinds: readonly KindRule[];
  readonly evidenceTypes: readonly EvidenceTypeRule[];
};

export type DossierActor = { readonly role: Role; readonly councilRole?: CouncilRole | null | undefined };

export type TransitionRequest = {
  readonly state: DossierState;
  readonly action: DossierAction;
  readonly actor: DossierActor;
  readonly reason?: string | null | undefined;
  /** The conditions that hold now (computed by the caller with the other evaluation rules). */
  readonly facts?: readonly DossierFact[] | undefined;
};

export type TransitionErrorCode =
  | 'final_state' | 'not_from_state' | 'role_not_permitted' | 'council_role_not_permitted'
  | 'reason_required' | 'precondition_failed';

export type TransitionError = {
  readonly code: TransitionErrorCode;
  readonly message: Text;
  /** For not_from_state: the states the action can be taken from. */
  readonly allowedFrom?: readonly DossierState[];
  /** For precondition_failed: the facts that do not hold. */
  readonly missingFacts?: readonly DossierFact[];
};

export type TransitionResult =
  | { readonly ok: true; readonly to: DossierState; readonly rule: TransitionRule }
  | { readonly ok: false; readonly error: TransitionError };

function stateLabel(w: DossierWorkflow, s: DossierState): Text {
  return w.states.find((x) => x.code === s)?.label ?? { vi: s, en: s };
}

function matchName(m: ActorMatch): Text {
  if (m.councilRoles === undefined) return ROLE_NAMES[m.role];
  return orList(m.councilRoles.map((r) => COUNCIL_ROLE_NAMES[r]));
}

function matches(m: ActorMatch, actor: DossierActor): boolean {
  if (m.role !== actor.role) return false;
  return m.councilRoles === undefined || (actor.councilRole != null && m.councilRoles.includes(actor.councilRole));
}

/** States no step leaves. */
export function finalStates(w: DossierWorkflow): DossierState[] {
  return DOSSIER_STATES.filter((s) => !w.transitions.some((t) => t.from.includes(s)));
}

function fail(error: TransitionError): TransitionResult {
  return { ok: false, error };
}

function refuseState(w: DossierWorkflow, req: TransitionRequest): TransitionResult {
  const act = w.actions[req.action];
  const here = stateLabel(w, req.state);
  if (finalStates(w).includes(req.state)) {
    return fail({ code: 'final_state', message: { vi: `Hồ sơ đã kết thúc («${here.vi}»), không thể ${act.vi}.`, en: `The dossier is closed (${here.en}); cannot ${act.en}.` } });
  }
  const allowedFrom = [...new Set(w.transitions.filter((t) => t.action === req.action).flatMap((t) => t.from))];
  return fail({
    code: 'not_from_state', allowedFrom,
    message: { vi: `Không thể ${act.vi} khi hồ sơ ở trạng thái «${here.vi}».`, en: `Cannot ${act.en} while the dossier is in state "${here.en}".` },
  });
}

function refuseActor(w: DossierWorkflow, req: TransitionRequest, candidates: readonly TransitionRule[]): TransitionResult {
  const act = w.actions[req.action];
  const allowed = candidates.flatMap((t) => t.by);
  const who = orList(allowed.map(matchName));
  const roleFits = allowed.some((m) => m.role === req.actor.role);
  return fail({
    code: roleFits ? 'council_role_not_permitted' : 'role_not_permitted',
    message: { vi: `Chỉ ${who.vi} mới được ${act.vi}.`, en: `Only the ${who.en} may ${act.en}.` },
  });
}

/** The next state for a step, or why the step is refused (in the order the checks run). */
export function transition(w: DossierWorkflow, req: TransitionRequest): TransitionResult {
  const candidates = w.transitions.filter((t) => t.action === req.action && t.from.includes(req.state));
  if (candidates.length === 0) return refuseState(w, req);
  const rule = candidates.find((t) => t.by.some((m) => matches(m, req.actor)));
  if (rule === undefined) return refuseActor(w, req, candidates);
  const act = w.actions[req.action];
  if (rule.reason === 'required' && (req.reason ?? '').trim() === '') {
    return fail({ code: 'reason_required', message: { vi: `Cần nêu lý do để ${act.vi}.`, en: `A reason is required to ${act.en}.` } });
  }
  const missingFacts = (rule.requires ?? []).filter((f) => !(req.facts ?? []).includes(f));
  if (missingFacts.length > 0) {
    const what = commaList(missingFacts.map((f) => w.facts[f]));
    return fail({ code: 'precondition_failed', missingFacts, message: { vi: `Chưa thể ${act.vi}: cần ${what.vi}.`, en: `Cannot ${act.en} yet: needs ${what.en}.` } });
  }
  return { ok: true, to: rule.to, rule };
}

/** The steps this actor could take now (preconditions aside), for the portal's buttons. */
export function availableActions(w: DossierWorkflow, state: DossierState, actor: DossierActor): DossierAction[] {
  const rules = w.transitions.filter((t) => t.from.includes(state) && t.by.some((m) => matches(m, actor)));
  return [...new Set(rules.map((t) => t.action))];
}

export function waitingOn(w: DossierWorkflow, state: DossierState): WaitingOn {
  return w.states.find((s) => s.code === state)?.waitingOn ?? 'nobody';
}

/** Consistency of a workflow file beyond its shape; an empty list means it is usable. */
export function checkWorkflow(w: DossierWorkflow): string[] {
  const problems: string[] = [];
  const listed = w.states.map((s) => s.code);
  for (const s of DOSSIER_STATES) if (!listed.includes(s)) problems.push(`state ${s} has no entry in states`);
  if (new Set(listed).size !== listed.length) problems.push('a state is listed twice');
  for (const s of finalStates(w)) if (waitingOn(w, s) !== 'nobody') problems.push(`final state ${s} must wait on nobody`);
  problems.push(...ambiguities(w), ...unreachable(w));
  return problems;
}

/** Two rules for the same step from the same state must not both admit one actor. */
function ambiguities(w: DossierWorkflow): string[] {
  const seen = new Set<string>();
  const problems: string[] = [];
  for (const t of w.transitions) {
    for (const from of t.from) {
      for (const m of t.by) {
        for (const cr of m.councilRoles ?? COUNCIL_ROLES) {
          const key = `${from}|${t.action}|${m.role}|${cr}`;
          if (seen.has(key)) problems.push(`more than one rule for ${t.action} from ${from} by ${m.role}`);
          seen.add(key);
        }
      }
    }
  }
  return problems;
}

function unreachable(w: DossierWorkflow): string[] {
  const reached = new Set<DossierState>([w.initialState]);
  let grew = true;
  while (grew) {
    grew = false;
    for (const t of w.transitions) {
      if (!reached.has(t.to) && t.from.some((f) => reached.has(f))) {
        reached.add(t.to);
        grew = true;
      }
    }
  }
  return DOSSIER_STATES.filter((s) => !reached.has(s)).map((s) => `state ${s} cannot be reached from ${w.initialState}`);
}
