import type { Generated } from 'kysely';
import type { CatalogueTables } from './schema-catalogue.js';
import type { CycleTables } from './schema-cycle.js';
import type { DashboardTables } from './schema-dashboard.js';
import type { EpcisTables } from './schema-epcis.js';
import type { EvaluationTables } from './schema-evaluation.js';
import type { OpsTables } from './schema-ops.js';
import type { RegistryTables } from './schema-registry.js';
import type { ReportTables } from './schema-reports.js';
import type { StampTables } from './schema-stamps.js';

// Table types shared by both engines. Conventions that keep one migration set portable:
// timestamps are ISO-8601 strings (timestamptz on PostgreSQL, parsed back to ISO strings),
// dates are 'YYYY-MM-DD', flags are 0/1 integers, JSON is stored as text.

export type Role =
  | 'province_admin'
  | 'province_officer'
  | 'commune_officer'
  | 'council_member'
  | 'producer_member';

export type UnitTable = {
  id: string;
  code: string;
  name: string;
  type: string;
  level: 'province' | 'district' | 'commune';
  parent_id: string | null;
  valid_from: string | null;
  valid_to: string | null;
  legal_basis: string | null;
  notes: string | null;
};

export type UnitSuccessionTable = {
  from_id: string;
  to_id: string;
  partial: number;
  effective: string;
  legal_basis: string | null;
  notes: string | null;
};

export type UserTable = {
  id: Generated<number>;
  username: string;
  display_name: string;
  email: string | null;
  password_hash: string;
  role: Role;
  unit_id: string | null;
  producer_id: number | null;
  active: number;
  failed_logins: number;
  locked_until: string | null;
  created_at: string;
  updated_at: string;
};

export type SessionTable = {
  id: string;
  user_id: number;
  csrf_token: string;
  created_at: string;
  expires_at: string;
  last_seen_at: string;
};

export type ApiTokenTable = {
  id: Generated<number>;
  user_id: number;
  name: string;
  token_hash: string;
  created_at: string;
  last_used_at: string | null;
  revoked_at: string | null;
};

export type AuditLogTable = {
  id: Generated<number>;
  at: string;
  actor_id: number | null;
  actor_username: string | null;
  action: string;
  entity: string;
  entity_id: string;
  before_json: string | null;
  after_json: string | null;
};

export type ProducerType = 'enterprise' | 'cooperative' | 'cooperative_group' | 'household';

export type ProducerTable = {
  id: Generated<number>;
  name: string;
  type: ProducerType;
  tax_code: string | null;
  unit_id: string;
  address: string | null;
  phone: string | null;
  email: string | null;
  representative: string | null;
  created_at: string;
  updated_at: string;
};

export type AppMetaTable = {
  key: string;
  value: string;
};

export type FoundationTables = {
  unit: UnitTable;
  unit_succession: UnitSuccessionTable;
  app_user: UserTable;
  session: SessionTable;
  api_token: ApiTokenTable;
  audit_log: AuditLogTable;
  producer: ProducerTable;
  app_meta: AppMetaTable;
};

export type DB = FoundationTables & RegistryTables & CycleTables & EvaluationTables & StampTables & EpcisTables & ReportTables & CatalogueTables & OpsTables & DashboardTables;
