import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { contentBox, labelSlot, labelsPerPage, pageSizePt } from '../../domain/stamps/label-layout.js';
import { labelLayout, labelLayouts, parseLayoutsFile, parseSignalsFile, signalRuleVersions, signalRulesOn } from './index.js';

const raw = (name: string): string => readFileSync(new URL(`./${name}`, import.meta.url), 'utf8');

describe('signals.json', () => {
  it('loads, and one version is in force today and for the pilot', () => {
    expect(signalRuleVersions().map((v) => v.id)).toEqual(['signals-2026']);
    const rules = signalRulesOn('2026-06-15');
    expect(rules.counterfeitAtSeverity).toBe('high');
    expect(rules.impossibleTravel.maxSpeedKmh).toBeGreaterThan(100);
    expect(() => signalRulesOn('2025-12-31')).toThrow(RangeError);
  });

  it('has both languages of every explanation, with the same placeholders', () => {
    for (const v of signalRuleVersions()) {
      for (const rule of [v.repeatedScans, v.impossibleTravel, v.outsideMarket, v.pinReuse, v.serialProbing]) {
        const names = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
        expect(names(rule.explanation.vi)).toEqual(names(rule.explanation.en));
      }
    }
  });

  it('refuses a bad hand edit, naming it', () => {
    expect(() => parseSignalsFile(JSON.parse(raw('signals.json').replace('"severity": "medium"', '"severity": "urgent"')))).toThrow(/severity/);
    expect(() => parseSignalsFile(JSON.parse(raw('signals.json').replace('"maxScans": 20', '"maxScans": 0')))).toThrow(/maxScans/);
    expect(() => parseSignalsFile(JSON.parse(raw('signals.json').replace('"replacedOn": null', '"replacedOn": "2025-01-01"')))).toThrow(/replaced before/);
  });
});

describe('label-layouts.json', () => {
  it('has the sheet and roll stocks the brief names', () => {
    expect(labelLayouts().map((l) => `${l.id} ${labelsPerPage(l)}`)).toEqual(['a4-3x8 24', 'a4-4x10 40', 'a4-5x13 65', 'roll-40x30 1']);
    expect(() => labelLayout('a4-2x7')).toThrow(/known: a4-3x8/);
  });

  it('keeps every label of every layout on its page, without overlaps', () => {
    for (const layout of labelLayouts()) {
      const page = pageSizePt(layout);
      const slots = Array.from({ length: labelsPerPage(layout) }, (_, i) => labelSlot(layout, i));
      for (const s of slots) {
        expect(s.x, layout.id).toBeGreaterThanOrEqual(0);
        expect(s.y, layout.id).toBeGreaterThanOrEqual(0);
        expect(s.x + s.width, layout.id).toBeLessThanOrEqual(page.width + 0.01);
        expect(s.y + s.height, layout.id).toBeLessThanOrEqual(page.height + 0.01);
        const box = contentBox(layout, s);
        expect(box.width).toBeGreaterThan(0);
      }
      for (const a of slots) for (const b of slots) {
        if (a === b) continue;
        const apart = a.x + a.width <= b.x + 1e-6 || b.x + b.width <= a.x + 1e-6 || a.y + a.height <= b.y + 1e-6 || b.y + b.height <= a.y + 1e-6;
        expect(apart, `${layout.id} ${a.indexOnPage}/${b.indexOnPage}`).toBe(true);
      }
    }
  });

  it('refuses a grid that overflows the page', () => {
    expect(() => parseLayoutsFile(JSON.parse(raw('label-layouts.json').replace('"rows": 8', '"rows": 9')))).toThrow(/a4-3x8: the grid is .* tall/);
  });
});
