// Numbers as the dashboard shows them: Vietnamese grouping, money in tỷ / triệu đồng.
export function num(lang: string, n: number): string {
  return new Intl.NumberFormat(lang === 'en' ? 'en-US' : 'vi-VN', { maximumFractionDigits: 1 }).format(n);
}

export function percent(lang: string, share: number): string {
  return `${num(lang, Math.round(share * 1000) / 10)}%`;
}

/** Whole VND as billions (tỷ) with one decimal. */
export function billions(lang: string, vnd: number): string {
  return num(lang, Math.round(vnd / 1e8) / 10);
}
