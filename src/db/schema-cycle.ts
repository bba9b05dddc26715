import type { Generated } from 'kysely';
import type { IdeaStatus } from '../domain/cycle/idea-machine.js';
import type { PlanStatus } from '../domain/cycle/plan-machine.js';
import type { FundingSource, SupportKind } from '../domain/cycle/support.js';

// Tables of the yearly OCOP cycle (rounds, ideas, business plans, support, notifications).
// Created by migration 0003-cycle. Money is whole VND in bigint columns (the pg driver parses
// int8 to numbers; every amount stays far below 2^53).

/** One yearly round (đợt / chu trình) with the dates of its steps; optional steps may be null. */
export type CycleRoundTable = {
  id: Generated<number>;
  name: string;
  year: number;
  promotion_from: string | null;
  idea_from: string;
  idea_to: string;
  plan_deadline: string;
  evaluation_from: string | null;
  evaluation_to: string | null;
  council_date: string | null;
  trade_promotion_from: string | null;
  notes: string | null;
  created_by: number | null;
  created_at: string;
  updated_at: string;
};

/** Phiếu đăng ký ý tưởng sản phẩm. `product_id` points at the registry's product, when known. */
export type ProductIdeaTable = {
  id: Generated<number>;
  round_id: number;
  producer_id: number;
  product_id: number | null;
  title: string;
  product_set: number;
  description: string;
  raw_materials: string;
  expected_market: string;
  status: IdeaStatus;
  /** The reason given with the latest return or rejection. */
  reason: string | null;
  created_by: number | null;
  created_at: string;
  updated_at: string;
  submitted_at: string | null;
  decided_at: string | null;
};

/** Phương án / dự án kinh doanh: at most one per accepted idea. */
export type BusinessPlanTable = {
  id: Generated<number>;
  idea_id: number;
  round_id: number;
  producer_id: number;
  product_id: number | null;
  summary: string;
  investment_vnd: number;
  expected_revenue_vnd: number;
  jobs: number;
  timeline: string;
  status: PlanStatus;
  reason: string | null;
  created_by: number | null;
  created_at: string;
  updated_at: string;
  submitted_at: string | null;
  decided_at: string | null;
};

/** Every status change of an idea or plan: when, by whom, from what, why. */
export type TransitionTable = {
  id: Generated<number>;
  at: string;
  action: string;
  from_status: string;
  to_status: string;
  reason: string | null;
  actor_id: number | null;
  actor_username: string;
};
export type ProductIdeaTransitionTable = TransitionTable & { idea_id: number };
export type BusinessPlanTransitionTable = TransitionTable & { plan_id: number };

export type SupportActivityTable = {
  id: Generated<number>;
  producer_id: number;
  round_id: number | null;
  kind: SupportKind;
  activity_date: string;
  description: string;
  cost_vnd: number;
  funding_source: FundingSource;
  created_by: number | null;
  created_at: string;
  updated_at: string;
};

export type NotificationTable = {
  id: Generated<number>;
  recipient_id: number;
  kind: string;
  title_vi: string;
  title_en: string;
  link: string | null;
  created_at: string;
  read_at: string | null;
};

export type CycleTables = {
  cycle_round: CycleRoundTable;
  product_idea: ProductIdeaTable;
  product_idea_transition: ProductIdeaTransitionTable;
  business_plan: BusinessPlanTable;
  business_plan_transition: BusinessPlanTransitionTable;
  support_activity: SupportActivityTable;
  notification: NotificationTable;
};
