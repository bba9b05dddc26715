import { describe, expect, it } from 'vitest';
import vi from './vi.json' with { type: 'json' };
import en from './en.json' with { type: 'json' };

type Entry = [key: string, value: unknown];

function flatten(value: unknown, prefix = ''): Entry[] {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return [[prefix, value]];
  return Object.entries(value).flatMap(([key, child]) => flatten(child, prefix ? `${prefix}.${key}` : key));
}

describe('portal translations', () => {
  const viEntries = flatten(vi);
  const enEntries = flatten(en);

  it('have the same keys in Vietnamese and English', () => {
    const keys = (entries: Entry[]) => entries.map(([key]) => key).sort();
    expect(keys(enEntries)).toEqual(keys(viEntries));
  });

  it.each([
    ['vi', viEntries],
    ['en', enEntries],
  ])('%s has only non-empty string values', (_language, entries) => {
    const bad = entries.filter(([, value]) => typeof value !== 'string' || value.trim() === '');
    expect(bad).toEqual([]);
  });

  it('uses the same placeholders in both languages', () => {
    const placeholders = (text: unknown) => String(text).match(/{{\w+}}/g)?.sort() ?? [];
    const english = new Map(enEntries);
    const mismatched = viEntries.filter(
      ([key, value]) => placeholders(value).join() !== placeholders(english.get(key)).join(),
    );
    expect(mismatched).toEqual([]);
  });
});
