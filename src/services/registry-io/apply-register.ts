import { insertProducer, updateProducerRow } from '../../db/repositories/producers.js';
import { replaceCertificates, replaceSalesPoints } from '../../db/repositories/product-parts.js';
import { insertProduct, updateProductRow } from '../../db/repositories/products.js';
import type { Tx } from '../context.js';
import { producerColumns } from '../producers/producer-input.js';
import { certificateColumns, productColumns, salesPointColumns } from '../products/product-output.js';
import type { Action, ProducerItem } from './plan-producers.js';
import type { PartLists } from './plan-parts.js';
import type { ProductItem } from './plan-products.js';

// Writes a checked plan inside the caller's transaction. Only what the workbook carries is
// written: certificates and sales points only when their sheet is present; images never.

export type Counts = { created: number; updated: number; unchanged: number };

export function countActions(items: { action: Action }[]): Counts {
  return {
    created: items.filter((i) => i.action === 'create').length,
    updated: items.filter((i) => i.action === 'update').length,
    unchanged: items.filter((i) => i.action === 'unchanged').length,
  };
}

/** Writes producers; returns the id of every producer key (tax code and registration number). */
export async function applyProducers(trx: Tx, items: ProducerItem[], at: string): Promise<Map<string, number>> {
  const ids = new Map<string, number>();
  for (const item of items) {
    let id = item.existing?.id;
    if (item.action === 'create') id = (await insertProducer(trx, { ...producerColumns(item.input), created_at: at, updated_at: at })).id;
    if (item.action === 'update' && id !== undefined) await updateProducerRow(trx, id, { ...producerColumns(item.input), updated_at: at });
    for (const k of [item.input.taxCode, item.input.registrationNo]) if (k != null && id !== undefined) ids.set(k, id);
  }
  return ids;
}

export async function applyProducts(trx: Tx, items: ProductItem[], producerIds: ReadonlyMap<string, number>, at: string): Promise<Map<number, number>> {
  const rowIds = new Map<number, number>();
  for (const item of items) {
    const producerId = item.producerId ?? producerIds.get(item.producerKey);
    if (producerId === undefined) throw new Error(`import plan lost the producer of row ${item.row}`);
    const columns = productColumns(item.input);
    if (item.action === 'create') rowIds.set(item.row, (await insertProduct(trx, { ...columns, producer_id: producerId, created_at: at, updated_at: at })).id);
    else if (item.existing !== undefined) {
      if (item.action === 'update') await updateProductRow(trx, item.existing.id, { ...columns, producer_id: producerId, updated_at: at });
      rowIds.set(item.row, item.existing.id);
    }
  }
  return rowIds;
}

/** Replaces the certificate and sales-point lists the workbook sets (product row → lists). */
export async function applyParts(trx: Tx, lists: ReadonlyMap<number, PartLists>, productIds: ReadonlyMap<number, number>): Promise<void> {
  for (const [row, list] of lists) {
    const id = productIds.get(row);
    if (id === undefined) continue;
    if (list.certificates !== undefined) await replaceCertificates(trx, id, certificateColumns(list.certificates));
    if (list.salesPoints !== undefined) await replaceSalesPoints(trx, id, salesPointColumns(list.salesPoints));
  }
}
