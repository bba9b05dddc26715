import type { OpenProduct } from './open-products.js';

// CSV of the open data (RFC 4180, CRLF, UTF-8 with a byte-order mark so Excel shows Vietnamese).

export const CSV_BOM = '\uFEFF';

export const CSV_COLUMNS = [
  'product_id', 'product_name_vi', 'product_name_en', 'producer_name', 'producer_type', 'unit_id', 'unit_name',
  'current_unit_ids', 'current_unit_names', 'product_set_number', 'product_group_code', 'product_set_name_vi', 'product_set_name_en',
  'star', 'certificate_number', 'valid_from', 'valid_to', 'status',
] as const;

export function csvField(value: string | number | null): string {
  if (value === null) return '';
  const text = String(value);
  // Cells starting with = + - @ are formulas to a spreadsheet: quote them with a leading apostrophe.
  const safe = /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
  return /[",\r\n]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

export function csvHeader(): string {
  return `${CSV_BOM}${CSV_COLUMNS.join(',')}\r\n`;
}

export function csvLine(p: OpenProduct): string {
  const cells: (string | number | null)[] = [
    p.productId, p.name.vi, p.name.en, p.producer.name, p.producer.type, p.unit.id, p.unit.name,
    p.currentUnits.map((u) => u.id).join('|'), p.currentUnits.map((u) => u.name).join('|'),
    p.productSet.number, p.productSet.groupCode, p.productSet.name.vi, p.productSet.name.en,
    p.star, p.certificateNumber, p.validFrom, p.validTo, p.status,
  ];
  return `${cells.map(csvField).join(',')}\r\n`;
}
