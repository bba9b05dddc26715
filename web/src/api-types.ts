// Response shapes of the /api/v1 contract. Parsing with zod (mini, for bundle size) checks
// what the server sent instead of trusting it, and catches contract drift in one place.
import * as z from 'zod/mini';

export const ROLES = [
  'province_admin',
  'province_officer',
  'commune_officer',
  'council_member',
  'producer_member',
] as const;
export const Role = z.enum(ROLES);
export type Role = z.infer<typeof Role>;

// The contract does not fix whether ids are numbers or strings; accept both.
const Id = z.union([z.number(), z.string()]);
export type Id = z.infer<typeof Id>;

export const SessionUser = z.object({
  id: Id,
  username: z.string(),
  displayName: z.string(),
  role: Role,
  unitId: z.nullish(Id),
  unitName: z.nullish(z.string()),
  producerId: z.nullish(Id),
  producerName: z.nullish(z.string()),
});
export type SessionUser = z.infer<typeof SessionUser>;

// csrfToken is null only for API-token callers; the portal always has a cookie session.
export const Session = z.object({ user: SessionUser, csrfToken: z.nullable(z.string()) });
export type Session = z.infer<typeof Session>;

const pageOf = <T extends z.ZodMiniType>(item: T) =>
  z.object({ items: z.array(item), total: z.number(), page: z.number(), pageSize: z.number() });

export const UserRow = z.object({
  id: Id,
  username: z.string(),
  displayName: z.string(),
  role: Role,
  unitId: z.nullish(Id),
  producerId: z.nullish(Id),
  active: z.boolean(),
  createdAt: z.string(),
});
export type UserRow = z.infer<typeof UserRow>;
export const UserPage = pageOf(UserRow);
export type UserPage = z.infer<typeof UserPage>;

const Snapshot = z.nullish(z.record(z.string(), z.unknown()));
export const AuditEntry = z.object({
  id: Id,
  at: z.string(),
  actorId: z.nullish(Id),
  actorUsername: z.nullish(z.string()),
  action: z.string(),
  entity: z.string(),
  entityId: z.nullish(Id),
  before: Snapshot,
  after: Snapshot,
});
export type AuditEntry = z.infer<typeof AuditEntry>;
export const AuditPage = pageOf(AuditEntry);
export type AuditPage = z.infer<typeof AuditPage>;

export const Unit = z.object({
  id: Id,
  code: z.string(),
  name: z.string(),
  type: z.string(),
  level: z.string(),
  parentId: z.nullish(Id),
  validFrom: z.nullish(z.string()),
  validTo: z.nullish(z.string()),
});
export type Unit = z.infer<typeof Unit>;
export const UnitList = z.object({ items: z.array(Unit) });

const UnitLink = z.object({ unit: Unit, partial: z.boolean() });
export type UnitLink = z.infer<typeof UnitLink>;
export const UnitDetail = z.object({
  unit: Unit,
  successors: z.array(UnitLink),
  predecessors: z.array(UnitLink),
});
export type UnitDetail = z.infer<typeof UnitDetail>;

export const Producer = z.object({
  id: Id,
  name: z.string(),
  type: z.nullish(z.string()),
  unitId: z.nullish(Id),
});
export type Producer = z.infer<typeof Producer>;
export const ProducerPage = pageOf(Producer);

// RFC 9457 problem details, as the server sends them.
export const Problem = z.object({
  type: z.optional(z.string()),
  title: z.optional(z.string()),
  status: z.optional(z.number()),
  detail: z.optional(z.string()),
  errors: z.optional(z.array(z.object({ path: z.string(), message: z.string() }))),
});
export type Problem = z.infer<typeof Problem>;
