import { describe, expect, it } from 'vitest';
import { REGULAR_INNER_RATIO, starPoints } from './star-shape.js';

describe('star polygon', () => {
  it('has 10 vertices alternating outer and inner radius, the first straight up', () => {
    const pts = starPoints(100, 100, 10);
    expect(pts).toHaveLength(10);
    expect(pts[0]![0]).toBeCloseTo(100);
    expect(pts[0]![1]).toBeCloseTo(90);
    pts.forEach(([x, y], i) => expect(Math.hypot(x - 100, y - 100)).toBeCloseTo(i % 2 === 0 ? 10 : 10 * REGULAR_INNER_RATIO));
  });

  it('is the regular star: inner/outer = 1/φ² ≈ 0.382, symmetric about the vertical axis', () => {
    expect(REGULAR_INNER_RATIO).toBeCloseTo(1 / ((1 + Math.sqrt(5)) / 2) ** 2, 10);
    const pts = starPoints(0, 0, 1);
    for (let i = 1; i < 5; i++) {
      expect(pts[i]![0]).toBeCloseTo(-pts[10 - i]![0]);
      expect(pts[i]![1]).toBeCloseTo(pts[10 - i]![1]);
    }
  });
});
