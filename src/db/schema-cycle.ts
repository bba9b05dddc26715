// Tables of the yearly OCOP cycle (rounds, ideas, business plans, support, notifications).
// Filled in by migration 0003-cycle.
export type CycleTables = Record<never, never>;
