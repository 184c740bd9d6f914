import { describe, expect, it } from 'vitest';
import { type LabelLayout, type LabelledPoint, labelBox, placeLabels } from './place-labels.ts';

const layout: LabelLayout = {
  fontSize: 12,
  pointRadius: 6,
  bounds: { left: 44, top: 0, right: 640, bottom: 320 },
};

const boxesOf = (points: readonly LabelledPoint[]) =>
  placeLabels(points, layout).flatMap((label, i) =>
    label.shown ? [labelBox(label, points[i]!.text, layout)] : [],
  );

const intersect = (a: ReturnType<typeof labelBox>, b: ReturnType<typeof labelBox>) =>
  a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

/** Twenty regions, as the overview draws them: names of the length the country's regions have. */
const twenty = (spread: (i: number) => { x: number; y: number }): LabelledPoint[] =>
  Array.from({ length: 20 }, (_, i) => ({ ...spread(i), text: `Область номер ${i + 1}` }));

describe('placeLabels', () => {
  it('writes a lone point’s name to its right, or to its left near the right edge', () => {
    const [right, left] = placeLabels(
      [
        { x: 100, y: 100, text: 'Актюбинская область' },
        { x: 630, y: 200, text: 'Алматы' },
      ],
      layout,
    );
    expect(right).toEqual({ x: 109, y: 103.6, anchor: 'start', shown: true });
    expect(left).toMatchObject({ x: 621, anchor: 'end', shown: true });
  });

  it('takes a name’s width from the layout’s measure when it has one: a wide font moves it left', () => {
    const point = { x: 400, y: 100, text: 'Актюбинская область' };
    const [estimated] = placeLabels([point], layout);
    const [measured] = placeLabels([point], { ...layout, measure: () => 300 });
    expect(estimated).toMatchObject({ anchor: 'start', shown: true });
    // 300 px to the right of the dot would cross the plot's edge at 640.
    expect(measured).toMatchObject({ x: 391, anchor: 'end', shown: true });
    expect(labelBox(measured!, point.text, { ...layout, measure: () => 300 }).left).toBe(91);
  });

  it('hides a name wider than the plot on either side, rather than cut it', () => {
    const [label] = placeLabels([{ x: 340, y: 100, text: 'Западно-Казахстанская область' }], {
      ...layout,
      measure: () => 320,
    });
    expect(label!.shown).toBe(false);
  });

  it('never lets two names overlap, nor a name cover another dot, with twenty crowded regions', () => {
    // Causes removed and changes close together: the overview's usual picture.
    const points = twenty((i) => ({ x: 120 + (i % 5) * 30, y: 120 + Math.floor(i / 5) * 14 }));
    const boxes = boxesOf(points);
    for (const [i, a] of boxes.entries()) {
      for (const b of boxes.slice(i + 1)) expect(intersect(a, b)).toBe(false);
    }
    const placed = placeLabels(points, layout);
    for (const [i, label] of placed.entries()) {
      if (!label.shown) continue;
      const box = labelBox(label, points[i]!.text, layout);
      for (const [j, p] of points.entries()) {
        if (j === i) continue;
        const dot = { left: p.x - 6, right: p.x + 6, top: p.y - 6, bottom: p.y + 6 };
        expect(intersect(box, dot)).toBe(false);
      }
    }
    // Most names still find a place; the rest keep their tooltip and table row.
    expect(placed.filter((l) => l.shown).length).toBeGreaterThanOrEqual(12);
  });

  it('keeps a gap between two names on one line: a browser draws text a fraction wider than measured', () => {
    // The first name fits only right of its dot (109-189); the second only left of its dot, where
    // on the same line it would start 1 px after the first ends: it moves to another line instead.
    const narrow = { ...layout, measure: () => 80, bounds: { ...layout.bounds, right: 300 } };
    const points = [
      { x: 100, y: 100, text: 'город Шымкент' },
      { x: 279, y: 100, text: 'Туркестанская область' },
    ];
    const [first, second] = placeLabels(points, narrow);
    expect(first).toMatchObject({ x: 109, y: 103.6, anchor: 'start', shown: true });
    expect(second).toMatchObject({ x: 270, anchor: 'end', shown: true });
    expect(second!.y).not.toBe(first!.y);
  });

  it('shows every name when twenty regions are spread over the plot, each inside it', () => {
    const points = twenty((i) => ({ x: 60 + (i % 4) * 150, y: 20 + Math.floor(i / 4) * 60 }));
    const placed = placeLabels(points, layout);
    expect(placed.every((l) => l.shown)).toBe(true);
    for (const [i, label] of placed.entries()) {
      const box = labelBox(label, points[i]!.text, layout);
      expect(box.left).toBeGreaterThanOrEqual(layout.bounds.left);
      expect(box.right).toBeLessThanOrEqual(layout.bounds.right);
      expect(box.top).toBeGreaterThanOrEqual(layout.bounds.top);
      expect(box.bottom).toBeLessThanOrEqual(layout.bounds.bottom);
    }
  });

  it('gives the same places for the same points, whatever their order', () => {
    const points = twenty((i) => ({ x: 100 + ((i * 37) % 400), y: 40 + ((i * 53) % 240) }));
    const reversed = [...points].reverse();
    expect(placeLabels(reversed, layout).reverse()).toEqual(placeLabels(points, layout));
  });
});
