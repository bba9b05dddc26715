// A five-pointed star as a polygon, so star ratings are drawn as shapes rather than taken from
// a font (a glyph would depend on the font having it and on its metrics).

export type Point = readonly [number, number];

/** Inner radius of a regular five-pointed star {5/2}: outer × sin 18° / sin 54°. */
export const REGULAR_INNER_RATIO = Math.sin(Math.PI / 10) / Math.sin((3 * Math.PI) / 10);

/** The 10 vertices of a star centred on (cx, cy), first point straight up (PDF y grows down). */
export function starPoints(cx: number, cy: number, outer: number, inner = outer * REGULAR_INNER_RATIO): Point[] {
  return Array.from({ length: 10 }, (_, i) => {
    const r = i % 2 === 0 ? outer : inner;
    const angle = -Math.PI / 2 + (i * Math.PI) / 5;
    return [cx + r * Math.cos(angle), cy + r * Math.sin(angle)];
  });
}
