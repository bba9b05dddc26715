// Vietnamese text folding for search. Users type unit and product names with or without
// diacritics ("tien yen" for "Tiên Yên"), and old and new spelling conventions place the
// tone mark differently ("Hòa" / "Hoà"); folding both sides makes all of them compare equal.

// "đ" is a separate letter, not "d" plus a combining mark, so NFD leaves it alone.
const D_STROKE = /[đĐ]/g;
const COMBINING_MARKS = /\p{M}/gu;
const WHITESPACE = /\s+/g;

/** Lowercases and strips every diacritic, mapping đ/Đ to d. */
export function foldVietnamese(s: string): string {
  return s.normalize('NFD').replace(COMBINING_MARKS, '').replace(D_STROKE, 'd').toLowerCase();
}

/** Folded form with runs of whitespace collapsed, so stray spaces in a query do not matter. */
export function foldForSearch(s: string): string {
  return foldVietnamese(s).replace(WHITESPACE, ' ').trim();
}

/**
 * True when `query` occurs in `haystack` once both are folded. An empty query matches
 * nothing: a blank search box should not return everything.
 */
export function matchesFolded(haystack: string, query: string): boolean {
  const q = foldForSearch(query);
  return q.length > 0 && foldForSearch(haystack).includes(q);
}
