import { PRODUCER_TYPES, PRODUCER_TYPE_LABELS, type ProducerType, type ProducerTypeInput, expandProducerType } from './producer-types.js';
import type { Criterion, ProviderCase, ScoreOption, ScoreSheet } from './types.js';

// Checks a set of answers against a sheet before anything is added up: every leaf criterion is
// answered once with an option that exists and that this producer may choose. When the caller
// does not say what kind of producer it is, the answers themselves must agree on one (criterion
// 3.1 names the legal form; the tourism sheet's "trường hợp" lists name the provider case).

export type AnswerIssue = { readonly path: readonly string[]; readonly message: string };

export class AnswerError extends Error {
  constructor(message: string, readonly issues: readonly AnswerIssue[]) {
    super(message);
    this.name = 'AnswerError';
  }
}

export type ClassifyRequest = {
  /** Leaf criterion code → 0-based position of the chosen option. */
  readonly answers: Readonly<Record<string, number>>;
  readonly producerType?: ProducerTypeInput | undefined;
  readonly case?: ProviderCase | undefined;
};

export type ChosenOption = { readonly criterion: Criterion; readonly option: ScoreOption };

export type ResolvedAnswers = {
  /** One entry per leaf criterion, in sheet order. */
  readonly chosen: readonly ChosenOption[];
  /** The legal forms the producer can still have, given the request and the answers. */
  readonly producerTypes: readonly ProducerType[];
  /** The tourism provider case, when the request or an answer fixed one. */
  readonly providerCase: ProviderCase | null;
};

const issue = (code: string, message: string): AnswerIssue => ({ path: ['answers', code], message });

function unknownCodes(sheet: ScoreSheet, answers: Readonly<Record<string, number>>): AnswerIssue[] {
  const leaves = new Set(sheet.criteria.map((c) => c.code));
  const containers = new Set([...sheet.parts, ...sheet.groups].map((n) => n.code));
  return Object.keys(answers).filter((k) => !leaves.has(k)).map((k) => {
    if (!containers.has(k)) return issue(k, `no criterion ${k} on this sheet`);
    const inside = sheet.criteria.filter((c) => c.code.startsWith(`${k}.`)).map((c) => c.code);
    return issue(k, `${k} is a group of criteria; answer ${inside.join(', ')} instead`);
  });
}

function pickOptions(sheet: ScoreSheet, answers: Readonly<Record<string, number>>): { chosen: ChosenOption[]; issues: AnswerIssue[] } {
  const chosen: ChosenOption[] = [];
  const issues: AnswerIssue[] = [];
  for (const criterion of sheet.criteria) {
    const range = `options 0–${criterion.options.length - 1}`;
    if (!Object.hasOwn(answers, criterion.code)) {
      issues.push(issue(criterion.code, `not answered (${range})`));
      continue;
    }
    const position = answers[criterion.code];
    const option = Number.isInteger(position) && position !== undefined ? criterion.options[position] : undefined;
    if (option === undefined) issues.push(issue(criterion.code, `option ${String(position)} does not exist (${range})`));
    else chosen.push({ criterion, option });
  }
  return { chosen, issues };
}

const typeList = (types: readonly ProducerType[]) => types.map((t) => PRODUCER_TYPE_LABELS[t].en ?? t).join('; ');

function narrowProducerTypes(chosen: readonly ChosenOption[], requested: ProducerTypeInput | undefined) {
  let types: readonly ProducerType[] = requested === undefined ? PRODUCER_TYPES : expandProducerType(requested);
  let fixedBy = requested === undefined ? null : `the producer type (${PRODUCER_TYPE_LABELS[requested].en ?? requested})`;
  const issues: AnswerIssue[] = [];
  for (const { criterion, option } of chosen) {
    const allowed = option.appliesTo?.producerTypes;
    if (allowed === undefined) continue;
    const left = types.filter((t) => allowed.includes(t));
    if (left.length > 0) {
      types = left;
      fixedBy ??= `${criterion.code} option ${option.position} (${typeList(allowed)})`;
    } else {
      issues.push(issue(criterion.code, `option ${option.position} is only for ${typeList(allowed)}; it does not fit ${fixedBy ?? 'the other answers'}`));
    }
  }
  return { types, issues };
}

function narrowCase(chosen: readonly ChosenOption[], requested: ProviderCase | undefined) {
  let providerCase: ProviderCase | null = requested ?? null;
  let fixedBy = requested === undefined ? '' : `the evaluation was requested as case ${requested}`;
  const issues: AnswerIssue[] = [];
  for (const { criterion, option } of chosen) {
    const wanted = option.appliesTo?.case;
    if (wanted === undefined || wanted === providerCase) continue;
    if (providerCase === null) {
      providerCase = wanted;
      fixedBy = `${criterion.code} option ${option.position} is from case ${wanted}`;
    } else {
      issues.push(issue(criterion.code, `option ${option.position} belongs to case ${wanted}, but ${fixedBy}`));
    }
  }
  return { providerCase, issues };
}

/** Validates the answers of one product; throws AnswerError listing every problem found. */
export function resolveAnswers(sheet: ScoreSheet, request: ClassifyRequest): ResolvedAnswers {
  const picked = pickOptions(sheet, request.answers);
  const issues = [...unknownCodes(sheet, request.answers), ...picked.issues];
  const types = narrowProducerTypes(picked.chosen, request.producerType);
  const cases = narrowCase(picked.chosen, request.case);
  issues.push(...types.issues, ...cases.issues);
  if (issues.length > 0) {
    const first = issues[0];
    const summary = issues.length === 1 && first !== undefined ? `Invalid answer ${first.path.join('.')}: ${first.message}` : `${issues.length} answers are invalid`;
    throw new AnswerError(summary, issues);
  }
  return { chosen: picked.chosen, producerTypes: types.types, providerCase: cases.providerCase };
}
