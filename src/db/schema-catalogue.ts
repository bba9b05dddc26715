import type { Generated } from 'kysely';

// Tables of the public catalogue (migration 0008-fairs): the fairs and events calendar the OCOP
// office maintains, and which products each fair shows. Everything else the catalogue shows is
// read from the registry and evaluation tables.

export type FairTable = {
  id: Generated<number>;
  name_vi: string;
  name_en: string | null;
  /** Where it takes place, as printed on the poster ("Quảng trường 30/10, Phường Hạ Long"). */
  place: string;
  /** The commune-level unit it takes place in; null for fairs outside the province. */
  unit_id: string | null;
  starts_on: string;
  ends_on: string;
  description: string | null;
  url: string | null;
  created_by: number | null;
  created_at: string;
  updated_at: string;
};

export type FairProductTable = {
  fair_id: number;
  product_id: number;
};

export type CatalogueTables = {
  fair: FairTable;
  fair_product: FairProductTable;
};
