// Small text helpers: placeholders, slugs, number formats.

export interface Fill {
  place: string;
  village: string;
  unit: string;
  year: number;
  brand: string;
}

/** Replaces {place}, {village}, {unit}, {year} and {brand}. */
export function fill(text: string, values: Fill): string {
  const collapsed = values.village === values.place ? text.replaceAll('{village} {place}', '{place}') : text;
  return collapsed
    .replaceAll('{place}', values.place)
    .replaceAll('{village}', values.village)
    .replaceAll('{unit}', values.unit)
    .replaceAll('{year}', String(values.year))
    .replaceAll('{brand}', values.brand);
}

/** ASCII kebab-case: "Trà hoa vàng Ba Chẽ" → "tra-hoa-vang-ba-che". */
export function slug(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/** "Xã Ba Chẽ" → "Ba Chẽ"; "Phường Móng Cái 1" → "Móng Cái 1". */
export function withoutUnitType(name: string): string {
  return name.replace(/^(Xã|Phường|Thị trấn|Đặc khu)\s+/u, '');
}

/** The first letter in lower case ("Đường Trần Phú" → "đường Trần Phú"). */
export function lowerFirst(text: string): string {
  return text.charAt(0).toLocaleLowerCase('vi') + text.slice(1);
}

/** Rounds to two significant digits (capacities). */
export function roundNice(value: number): number {
  if (value < 10) return Math.round(value * 10) / 10;
  const magnitude = 10 ** (Math.floor(Math.log10(value)) - 1);
  return Math.round(value / magnitude) * magnitude;
}
