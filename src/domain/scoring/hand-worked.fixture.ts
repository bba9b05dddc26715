// Hand-worked answers for the scoring tests, chosen by reading the sheets (the reference's
// condensed text in ocop-criteria.md and the printed options), with the points added up by hand
// in the comments. Positions count from 0; where a star marker sits on the lowest printed option
// the data adds a 0-point "not met" option first, so the printed options start at 1 there
// (set 1: 1.6, 2.3, 3.5, 9, 10; set 8 and 11 also 1.1 (set 8), 8 and 9).
// Used by the tests only; docs/examples/answers-set-1.json is SET1_TYPICAL.

/** Set 1 (fresh vegetables), the best option everywhere: 40 + 25 + 35 = 100. */
export const SET1_TOP: Readonly<Record<string, number>> = {
  'A.1.1': 2, // 75–100 % grown in the commune: 3
  'A.1.2': 2, // international certification: 2
  'A.1.3': 2, // advanced preservation technology: 3 ★5
  'A.1.4': 2, // large capacity: 3
  'A.1.5': 3, // >75 % contracts, stable ≥ 12 months: 3 ★5
  'A.1.6': 3, // environment file + waste works + eco packaging: 3
  'A.1.7': 1, // sustainable technology: 1            → group 1 = 18
  'A.2.1': 2, // provincial specialty with GI sign: 3 ★4
  'A.2.2': 3, // creative, convenient, premium: 3
  'A.2.3': 3, // attractive label with e-traceability: 3 ★4
  'A.2.4': 1, // bilingual label: 1                   → group 2 = 10
  'A.3.1': 2, // co-operative: 3
  'A.3.2': 1, // legal representative is a woman: 1
  'A.3.3': 2, // ≥ 75 % local labour: 3
  'A.3.4': 1, // two years of profit growth: 2 ★4
  'A.3.5': 3, // trademark + GI + design/patent: 3    → group 3 = 12, Part A = 40
  'B.4.1': 3, // export / modern channels: 5 ★5
  'B.4.2': 3, // distribution department using IT: 3
  'B.4.3': 4, // promotion abroad: 5                  → group 4 = 13
  'B.5.1': 4, // story inside e-traceability: 5 ★4
  'B.5.2': 2, // concise and narrative: 2
  'B.5.3': 3, // traditional, cultural, persuasive: 5 → group 5 = 12, Part B = 25
  'C.6.1': 2, // even size: 2 ★4
  'C.6.2': 4, // very suitable colour: 4
  'C.6.3': 3, // smell/taste: 3
  'C.6.4': 3, // complete, clean: 3                   → sensory = 12
  'C.7': 2, // > 2 nutrition indicators: 3
  'C.8': 3, // very unique: 5
  'C.9': 3, // declaration + international standards: 5
  'C.10': 3, // international QMS: 5
  'C.11': 1, // detailed instructions: 2
  'C.12': 2, // high-standard markets: 3               → Part C = 35
};

/**
 * Set 1, a household vegetable grower: A 28 + B 12 + C 24 = 64 → 3★ band. Every 3★ marker is
 * met; the 4★ marker on 5.1 (story) is not, nor the 5★ markers on 1.3, 1.5 and 4.1.
 */
export const SET1_TYPICAL: Readonly<Record<string, number>> = {
  'A.1.1': 2, 'A.1.2': 1, 'A.1.3': 1, 'A.1.4': 1, 'A.1.5': 2, 'A.1.6': 1, 'A.1.7': 0, // 3+1+2+2+2+1+0 = 11
  'A.2.1': 2, 'A.2.2': 2, 'A.2.3': 3, 'A.2.4': 0, // 3+2+3+0 = 8
  'A.3.1': 0, 'A.3.2': 1, 'A.3.3': 2, 'A.3.4': 1, 'A.3.5': 2, // household 1 + 1 + 3 + 2 + 2 = 9 → A = 28
  'B.4.1': 2, 'B.4.2': 1, 'B.4.3': 2, // ≥ 5 agents 3 + 1 + 2 = 6
  'B.5.1': 2, 'B.5.2': 1, 'B.5.3': 2, // leaflet 2 + 1 + 3 = 6 → B = 12
  'C.6.1': 2, 'C.6.2': 3, 'C.6.3': 2, 'C.6.4': 3, // 2+3+2+3 = 10
  'C.7': 1, 'C.8': 2, 'C.9': 2, 'C.10': 2, 'C.11': 1, 'C.12': 0, // 1+3+4+3+2+1 = 14 → C = 24
};

/**
 * Set 8, squid cake from a co-operative: A 33 + B 21 + C 29 = 83 → 4★ band. All 3★ and 4★
 * markers met; taste (6.5) stops at "suits the product" (2 ★4) short of its 5★ level (4).
 */
export const SET8_COOPERATIVE: Readonly<Record<string, number>> = {
  'A.1.1': 3, 'A.1.2': 0, 'A.1.3': 2, 'A.1.4': 1, 'A.1.5': 3, 'A.1.6': 2, 'A.1.7': 1, // 3+0+3+2+3+2+1 = 14
  'A.2.1': 2, 'A.2.2': 3, 'A.2.3': 3, 'A.2.4': 1, // 3+3+3+1 = 10
  'A.3.1': 2, 'A.3.2': 0, 'A.3.3': 1, 'A.3.4': 1, 'A.3.5': 2, // HTX 3 + 0 + 2 + 2 + 2 = 9 → A = 33
  'B.4.1': 3, 'B.4.2': 3, 'B.4.3': 3, // 5+3+3 = 11
  'B.5.1': 4, 'B.5.2': 2, 'B.5.3': 2, // 5+2+3 = 10 → B = 21
  'C.6.1': 2, 'C.6.2': 3, 'C.6.3': 3, 'C.6.4': 3, 'C.6.5': 2, // 2+3+3+3+2 = 13
  'C.7': 3, 'C.8': 2, 'C.9': 2, 'C.10': 1, 'C.11': 1, // 5+4+3+2+2 = 16 → C = 29
};

/**
 * Set 11, tea from a cooperative group using < 50 % provincial leaves: A 19 + B 12 + C 21 = 52
 * → 3★ band, but 1.1 misses its 3★ minimum (50–<75 %), so the product is 2★ and not certified.
 */
export const SET11_TEA: Readonly<Record<string, number>> = {
  'A.1.1': 0, 'A.1.2': 1, 'A.1.3': 2, 'A.1.4': 0, 'A.1.5': 1, 'A.1.6': 1, 'A.1.7': 0, // 1+1+2+1+1+1+0 = 7
  'A.2.1': 2, 'A.2.2': 2, 'A.2.3': 1, 'A.2.4': 0, // 2+2+1+0 = 5
  'A.3.1': 0, 'A.3.2': 1, 'A.3.3': 2, 'A.3.4': 0, 'A.3.5': 1, // 1+1+3+1+1 = 7 → A = 19
  'B.4.1': 1, 'B.4.2': 1, 'B.4.3': 3, 'B.5.1': 2, 'B.5.2': 1, 'B.5.3': 2, // 2+1+3+2+1+3 = 12
  'C.6.1.1': 1, 'C.6.1.2': 2, 'C.6.2.1': 2, 'C.6.2.2': 2, 'C.6.2.3': 3, // 1+2+2+2+5 = 12
  'C.7': 2, 'C.8': 1, 'C.9': 1, 'C.10': 1, 'C.11': 0, // 3+2+1+2+1 = 9 → C = 21
};

/**
 * Set 26, a community tourism village run by a co-operative (case 1): A 33 + B 16 + C 26 = 75
 * → 4★; its markers (3.4 ★4, 3.5 ★3/★4) are met.
 */
export const SET26_COMMUNITY: Readonly<Record<string, number>> = {
  'A.1.1': 1, 'A.1.2': 1, 'A.1.3': 2, 'A.1.4': 0, // 3+3+3+1 = 10
  'A.2.1': 2, 'A.2.2': 1, 'A.2.3': 1, // 5+2+3 = 10
  'A.3.1': 2, 'A.3.2': 1, 'A.3.3': 2, 'A.3.4': 1, 'A.3.5': 2, // 3+1+4+3+2 = 13 → A = 33
  'B.4.1': 1, 'B.4.2': 1, 'B.4.3': 0, 'B.4.4': 2, 'B.4.5': 1, // 3+2+1+3+2 = 11
  'B.5.1': 1, 'B.5.2': 0, 'B.5.3': 1, // 2+1+2 = 5 → B = 16
  'C.6': 2, 'C.7': 1, 'C.8': 1, 'C.9': 0, 'C.10': 1, 'C.11': 1, // 3+2+3 (case 1)+1 (case 1)+2+2 = 13
  'C.12': 1, 'C.13': 2, 'C.14': 1, 'C.15': 1, 'C.16': 0, 'C.17': 1, // 2+3+2+3 (case 1)+1+2 = 13 → C = 26
};

/**
 * 1048 sheet 15 (fresh produce, historical), a household: A 19 + B 10 + C 25 = 54 → 3★ (1048
 * has no markers). 3.2 uses the household list: "head of household from the province" = 1.
 */
export const SET15_1048_HOUSEHOLD: Readonly<Record<string, number>> = {
  'A.1.1': 2, 'A.1.2': 1, 'A.1.3': 1, 'A.1.4': 1, 'A.1.5': 2, 'A.1.6': 0, // 3+1+2+1+3+0 = 10
  'A.2.1': 2, 'A.2.2': 1, 'A.2.3': 1, // 2+1+1 = 4
  'A.3.1': 0, 'A.3.2': 3, 'A.3.3': 1, 'A.3.4': 1, 'A.3.5': 1, // 1+1+1+1+1 = 5 → A = 19
  'B.4.1': 1, 'B.4.2': 1, 'B.4.3': 1, 'B.5.1': 3, 'B.5.2': 2, 'B.5.3': 0, // 2+1+1+3+2+1 = 10
  'C.6.1': 2, 'C.6.2': 3, 'C.6.3': 2, 'C.6.4': 2, 'C.6.5': 1, // 2+5+2+2+1 = 12
  'C.7': 1, 'C.8': 2, 'C.9.1': 2, 'C.9.2': 3, 'C.10': 3, 'C.11': 0, // 1+3+2+3+3+1 = 13 → C = 25
};

/** Returns a copy of answers with some criteria changed (tests describe each change). */
export function withChanges(answers: Readonly<Record<string, number>>, changes: Readonly<Record<string, number>>): Record<string, number> {
  return { ...answers, ...changes };
}
