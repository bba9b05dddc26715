import { describe, expect, it } from 'vitest';
import { type Box, contentBox, labelSlot } from '../../domain/stamps/label-layout.js';
import { labelLayouts } from '../../rules/stamps/index.js';
import { MONO_ADVANCE, planLabel, serialSpec } from './label-plan.js';

const inside = (inner: Box, outer: Box): boolean =>
  inner.x >= outer.x - 1e-6 && inner.y >= outer.y - 1e-6 && inner.x + inner.width <= outer.x + outer.width + 1e-6 && inner.y + inner.height <= outer.y + outer.height + 1e-6;
const disjoint = (a: Box, b: Box): boolean =>
  a.x + a.width <= b.x + 1e-6 || b.x + b.width <= a.x + 1e-6 || a.y + a.height <= b.y + 1e-6 || b.y + b.height <= a.y + 1e-6;

describe('label plan for every layout in label-layouts.json', () => {
  for (const layout of labelLayouts()) {
    for (const stars of [3, 4, 5]) {
      it(`${layout.id}, ${stars} stars: every element inside the label, none overlapping`, () => {
        const box = contentBox(layout, labelSlot(layout, 0));
        const plan = planLabel(box, stars);
        const starsBox = { x: plan.stars.x, y: plan.stars.centerY - plan.stars.diameter / 2, width: stars * plan.stars.diameter + (stars - 1) * plan.stars.gap, height: plan.stars.diameter };
        const parts: [string, Box][] = [['qr', plan.qr], ['badge', plan.badge], ['stars', starsBox], ['name', plan.name], ['serial', plan.serial]];
        if (plan.caption !== undefined) parts.push(['caption', plan.caption]);
        for (const [name, part] of parts) expect(inside(part, box), `${name} inside`).toBe(true);
        for (const [n1, a] of parts) for (const [n2, b] of parts) if (n1 < n2) expect(disjoint(a, b), `${n1} / ${n2}`).toBe(true);
        expect(plan.qr.width).toBeCloseTo(plan.qr.height, 6);
        expect(plan.name.height).toBeGreaterThan(8);
      });
    }
  }

  it('puts the QR code beside the text on wide labels and under the header on squarer ones', () => {
    const modes = Object.fromEntries(labelLayouts().map((l) => [l.id, planLabel(contentBox(l, labelSlot(l, 0)), 4).mode]));
    expect(modes).toEqual({ 'a4-3x8': 'beside', 'a4-4x10': 'beside', 'a4-5x13': 'beside', 'roll-40x30': 'stacked' });
  });
});

describe('serial line', () => {
  it('uses one line when 18 monospaced characters fit at 5.5 pt or more (with 2 % to spare), else two', () => {
    const wide = serialSpec(0, 100, 18 * MONO_ADVANCE * 7, 8);
    expect(wide).toMatchObject({ lines: 1, size: expect.closeTo(7 * 0.98, 6) });
    // 5 pt on one line is too small; two lines of 9 characters would allow 10 pt, capped at the 8 pt maximum.
    const narrow = serialSpec(0, 100, 18 * MONO_ADVANCE * 5, 8);
    expect(narrow).toMatchObject({ lines: 2, size: 8 });
    expect(narrow.y + narrow.height).toBeCloseTo(100, 6);
  });
});
