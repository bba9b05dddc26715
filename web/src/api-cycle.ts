// Response shapes of the OCOP cycle: rounds, product ideas, business plans, support and
// notifications. Mirrors src/services/{rounds,ideas,business-plans,support,notifications}.
import * as z from 'zod/mini';

const pageOf = <T extends z.ZodMiniType>(item: T) =>
  z.object({ items: z.array(item), total: z.number(), page: z.number(), pageSize: z.number() });

export const ROUND_STEPS = [
  'upcoming',
  'promotion',
  'idea_intake',
  'business_plans',
  'implementation_support',
  'evaluation',
  'trade_promotion',
] as const;
export type RoundStep = (typeof ROUND_STEPS)[number];

/** The step dates in the order the cycle runs them (src/domain/cycle/round-dates.ts). */
export const ROUND_DATE_FIELDS = [
  'promotionFrom',
  'ideaFrom',
  'ideaTo',
  'planDeadline',
  'evaluationFrom',
  'evaluationTo',
  'councilDate',
  'tradePromotionFrom',
] as const;
export type RoundDateField = (typeof ROUND_DATE_FIELDS)[number];
export const REQUIRED_ROUND_DATES: readonly RoundDateField[] = ['ideaFrom', 'ideaTo', 'planDeadline'];

export const Round = z.object({
  id: z.number(),
  name: z.string(),
  year: z.number(),
  promotionFrom: z.nullable(z.string()),
  ideaFrom: z.string(),
  ideaTo: z.string(),
  planDeadline: z.string(),
  evaluationFrom: z.nullable(z.string()),
  evaluationTo: z.nullable(z.string()),
  councilDate: z.nullable(z.string()),
  tradePromotionFrom: z.nullable(z.string()),
  notes: z.nullable(z.string()),
  step: z.enum(ROUND_STEPS),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type Round = z.infer<typeof Round>;
export const RoundPage = pageOf(Round);

export const Transition = z.object({
  at: z.string(),
  action: z.string(),
  from: z.string(),
  to: z.string(),
  reason: z.nullable(z.string()),
  actorUsername: z.string(),
});
export type Transition = z.infer<typeof Transition>;

export const IDEA_STATES = ['draft', 'submitted', 'accepted', 'returned', 'rejected'] as const;
export type IdeaStatus = (typeof IDEA_STATES)[number];
export const IDEA_ACTIONS = ['submit', 'accept', 'return', 'reject'] as const;
export type IdeaAction = (typeof IDEA_ACTIONS)[number];

// Fields every reviewed record (idea, plan) shares.
const decided = {
  reason: z.nullable(z.string()),
  createdAt: z.string(),
  updatedAt: z.string(),
  submittedAt: z.nullable(z.string()),
  decidedAt: z.nullable(z.string()),
};

const ideaShape = {
  ...decided,
  id: z.number(),
  roundId: z.number(),
  roundName: z.string(),
  producerId: z.number(),
  producerName: z.string(),
  productId: z.nullable(z.number()),
  title: z.string(),
  productSet: z.number(),
  description: z.string(),
  rawMaterials: z.string(),
  expectedMarket: z.string(),
  status: z.enum(IDEA_STATES),
};
export const Idea = z.object(ideaShape);
export type Idea = z.infer<typeof Idea>;
export const IdeaPage = pageOf(Idea);
export const IdeaDetail = z.object({
  ...ideaShape,
  history: z.array(Transition),
  actions: z.array(z.enum(IDEA_ACTIONS)),
  editable: z.boolean(),
});
export type IdeaDetail = z.infer<typeof IdeaDetail>;

export const PLAN_STATES = ['draft', 'submitted', 'approved', 'returned'] as const;
export type PlanStatus = (typeof PLAN_STATES)[number];
export const PLAN_ACTIONS = ['submit', 'approve', 'return'] as const;
export type PlanAction = (typeof PLAN_ACTIONS)[number];

const planShape = {
  ...decided,
  id: z.number(),
  ideaId: z.number(),
  ideaTitle: z.string(),
  roundId: z.number(),
  producerId: z.number(),
  producerName: z.string(),
  productId: z.nullable(z.number()),
  summary: z.string(),
  investmentVnd: z.number(),
  expectedRevenueVnd: z.number(),
  jobs: z.number(),
  timeline: z.string(),
  status: z.enum(PLAN_STATES),
};
export const Plan = z.object(planShape);
export type Plan = z.infer<typeof Plan>;
export const PlanPage = pageOf(Plan);
export const PlanDetail = z.object({
  ...planShape,
  history: z.array(Transition),
  actions: z.array(z.enum(PLAN_ACTIONS)),
  editable: z.boolean(),
});
export type PlanDetail = z.infer<typeof PlanDetail>;

/** Actions whose request must carry a reason (the server answers 400 at body.reason otherwise). */
export const REASON_REQUIRED: ReadonlySet<string> = new Set(['return', 'reject']);

export const SUPPORT_KINDS = ['training', 'consulting', 'credit', 'equipment', 'promotion', 'other'] as const;
export type SupportKind = (typeof SUPPORT_KINDS)[number];
export const FUNDING_SOURCES = [
  'provincial_budget',
  'district_commune_budget',
  'central_budget',
  'credit',
  'social_private',
] as const;
export type FundingSource = (typeof FUNDING_SOURCES)[number];

export const Support = z.object({
  id: z.number(),
  producerId: z.number(),
  producerName: z.string(),
  roundId: z.nullable(z.number()),
  kind: z.enum(SUPPORT_KINDS),
  date: z.string(),
  description: z.string(),
  costVnd: z.number(),
  fundingSource: z.enum(FUNDING_SOURCES),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type Support = z.infer<typeof Support>;
export const SupportPage = pageOf(Support);

export const SupportSummary = z.object({
  year: z.number(),
  total: z.number(),
  budget: z.number(),
  budgetShare: z.number(),
  budgetSharePercent: z.number(),
  activities: z.number(),
  bySource: z.array(
    z.object({
      source: z.enum(FUNDING_SOURCES),
      name: z.object({ vi: z.string(), en: z.string() }),
      amount: z.number(),
      count: z.number(),
      share: z.number(),
    }),
  ),
});
export type SupportSummary = z.infer<typeof SupportSummary>;

export const Notification = z.object({
  id: z.number(),
  kind: z.string(),
  title: z.object({ vi: z.string(), en: z.string() }),
  link: z.nullable(z.string()),
  createdAt: z.string(),
  readAt: z.nullable(z.string()),
});
export type Notification = z.infer<typeof Notification>;
export const NotificationPage = z.object({
  items: z.array(Notification),
  total: z.number(),
  page: z.number(),
  pageSize: z.number(),
  unread: z.number(),
});
export type NotificationPage = z.infer<typeof NotificationPage>;
export const ReadAllAnswer = z.object({ updated: z.number() });
