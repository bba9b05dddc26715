// A small, data-driven state machine for the OCOP cycle's paperwork (ideas, business plans).
// Each machine is a table of transitions (state × action → next state), who may act, whether a
// reason is required and whom to notify. Everything here is pure: the services work out which
// parties an actor plays for a record and ask `checkTransition` whether the step is allowed.

export type Text = { readonly vi: string; readonly en: string };

/** The part a person plays for one record (not their account role). */
export type Party = 'applicant' | 'screener' | 'approver';

/** Groups of people told that it is their turn to act (or that a decision concerns them). */
export type Audience = 'producer_members' | 'commune_officers' | 'province_officers';

export type Notice = { readonly kind: string; readonly audiences: readonly Audience[] };

export type Transition<S extends string, A extends string> = {
  readonly from: S;
  readonly action: A;
  readonly to: S;
  readonly by: readonly Party[];
  readonly reason: 'required' | 'optional';
  readonly notice: Notice;
};

export type Machine<S extends string, A extends string> = {
  /** The record's name with its English article, e.g. "an idea". */
  readonly noun: Text;
  readonly states: readonly S[];
  readonly actions: readonly A[];
  readonly stateNames: Readonly<Record<S, Text>>;
  readonly actionNames: Readonly<Record<A, Text>>;
  readonly transitions: readonly Transition<S, A>[];
  /** States in which the content may still be edited, and by whom. */
  readonly editableIn: readonly S[];
  readonly editors: readonly Party[];
};

export type TransitionRefusal = 'not-permitted' | 'illegal-state' | 'reason-required';

export type TransitionCheck<S extends string, A extends string> =
  | { readonly ok: true; readonly transition: Transition<S, A> }
  | { readonly ok: false; readonly refusal: TransitionRefusal; readonly message: Text };

export const PARTY_NAMES: Readonly<Record<Party, Text>> = {
  applicant: { vi: 'chủ thể (hoặc cán bộ xã thay mặt chủ thể)', en: 'the producer (or its commune officer on its behalf)' },
  screener: { vi: 'cán bộ xã của chủ thể hoặc cán bộ OCOP tỉnh', en: "the producer's commune officer or province OCOP staff" },
  approver: { vi: 'cán bộ OCOP tỉnh', en: 'province OCOP staff' },
};

function partyList(parties: readonly Party[], lang: keyof Text): string {
  return parties.map((p) => PARTY_NAMES[p][lang]).join(lang === 'vi' ? ' hoặc ' : ' or ');
}

function refuse<S extends string, A extends string>(refusal: TransitionRefusal, message: Text): TransitionCheck<S, A> {
  return { ok: false, refusal, message };
}

function allowedParties<S extends string, A extends string>(m: Machine<S, A>, action: A): Party[] {
  return [...new Set(m.transitions.filter((t) => t.action === action).flatMap((t) => t.by))];
}

/**
 * Whether `parties` may perform `action` on a record in state `from`. Refusals, in order:
 * the parties can never perform the action (not-permitted), the action is not possible from
 * this state (illegal-state), the action needs a reason and none was given (reason-required).
 */
export function checkTransition<S extends string, A extends string>(
  m: Machine<S, A>, from: S, action: A, parties: readonly Party[], reason: string | null | undefined,
): TransitionCheck<S, A> {
  const act = m.actionNames[action];
  const who = allowedParties(m, action);
  if (!who.some((p) => parties.includes(p))) {
    return refuse('not-permitted', {
      vi: `Chỉ ${partyList(who, 'vi')} mới được ${act.vi} ${m.noun.vi}`,
      en: `Only ${partyList(who, 'en')} may ${act.en} ${m.noun.en}`,
    });
  }
  const t = m.transitions.find((x) => x.from === from && x.action === action && x.by.some((p) => parties.includes(p)));
  if (t === undefined) {
    return refuse('illegal-state', {
      vi: `Không thể ${act.vi} ${m.noun.vi} ở trạng thái «${m.stateNames[from].vi}»`,
      en: `Cannot ${act.en} ${m.noun.en} in state ${from}`,
    });
  }
  if (t.reason === 'required' && (reason ?? '').trim() === '') {
    return refuse('reason-required', { vi: `Cần nêu lý do để ${act.vi} ${m.noun.vi}`, en: `A reason is required to ${act.en} ${m.noun.en}` });
  }
  return { ok: true, transition: t };
}

/** The actions the parties can take now, for the portal's buttons. */
export function availableActions<S extends string, A extends string>(m: Machine<S, A>, from: S, parties: readonly Party[]): A[] {
  return m.transitions.filter((t) => t.from === from && t.by.some((p) => parties.includes(p))).map((t) => t.action);
}

/** Whether the content may be edited in this state by these parties. */
export function canEdit<S extends string, A extends string>(m: Machine<S, A>, state: S, parties: readonly Party[]): boolean {
  return m.editableIn.includes(state) && m.editors.some((p) => parties.includes(p));
}

/** States no transition leaves. */
export function finalStates<S extends string, A extends string>(m: Machine<S, A>): S[] {
  return m.states.filter((s) => !m.transitions.some((t) => t.from === s));
}
