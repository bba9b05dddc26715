// Numbers and money as Vietnamese readers write them ("1.250.000 ₫"), in English too, since
// VND amounts read most naturally with the dong sign.

function localeOf(language: string): string {
  return language === 'en' ? 'en-GB' : 'vi-VN';
}

export function formatNumber(language: string, value: number): string {
  return new Intl.NumberFormat(localeOf(language), { maximumFractionDigits: 2 }).format(value);
}

export function formatVnd(language: string, value: number): string {
  return new Intl.NumberFormat(localeOf(language), { style: 'currency', currency: 'VND' }).format(value);
}

export function formatPercent(language: string, share: number): string {
  return new Intl.NumberFormat(localeOf(language), { style: 'percent', maximumFractionDigits: 2 }).format(share);
}

/** Today's date on the user's clock, as 'YYYY-MM-DD' (for date inputs and validity checks). */
export function localToday(): string {
  const now = new Date();
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/**
 * A number typed into a text box: '' is "not given". Whole amounts may carry thousands
 * separators ("1.250.000"); decimals may use a comma ("15,6"). Anything else is sent as typed,
 * so the server's field error points at the box instead of the value silently vanishing.
 */
export function numberOrNull(text: string, whole = false): number | string | null {
  const compact = text.trim().replace(/\s/g, '');
  if (compact === '') return null;
  const normal = whole ? compact.replace(/[.,](?=\d{3}(\D|$))/g, '') : compact.replace(',', '.');
  const value = Number(normal);
  return normal !== '' && Number.isFinite(value) ? value : compact;
}

export function textOrNull(text: string): string | null {
  const trimmed = text.trim();
  return trimmed === '' ? null : trimmed;
}

export function textOf(value: string | number | null | undefined): string {
  return value === null || value === undefined ? '' : String(value);
}
