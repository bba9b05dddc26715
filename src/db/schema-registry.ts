// Tables of the registry (producers' details, products, images, quality certificates, sales
// points). Filled in by migration 0002-registry.
export type RegistryTables = Record<never, never>;
