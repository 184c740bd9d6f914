/**
 * Places a name beside each point of a scatter plot so that no two names overlap, nor a name and
 * another point's dot, and every name stays inside the plot. Pure: text widths are estimated from
 * the number of characters (the plot's type is one size), so the same points always give the same
 * places, on the server's test and in any browser.
 */
export interface LabelledPoint {
  readonly x: number;
  readonly y: number;
  readonly text: string;
}

export interface PlacedLabel {
  /** Where the text starts (anchor `start`) or ends (anchor `end`), and its baseline. */
  readonly x: number;
  readonly y: number;
  readonly anchor: 'start' | 'end';
  /** False when no place was free: the point keeps its tooltip and its row in the table. */
  readonly shown: boolean;
}

export interface LabelLayout {
  readonly fontSize: number;
  readonly pointRadius: number;
  readonly bounds: {
    readonly left: number;
    readonly top: number;
    readonly right: number;
    readonly bottom: number;
  };
}

interface Box {
  readonly left: number;
  readonly top: number;
  readonly right: number;
  readonly bottom: number;
}

// Cyrillic and latin glyphs of the UI font average a little over half the type's size.
const CHAR_WIDTH = 0.6;
const GAP = 3;

export const textWidth = (text: string, fontSize: number): number => text.length * fontSize * CHAR_WIDTH;

const overlaps = (a: Box, b: Box): boolean =>
  a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

/** The box a label takes, from where it is written. */
export const labelBox = (label: PlacedLabel, text: string, fontSize: number): Box => {
  const width = textWidth(text, fontSize);
  const left = label.anchor === 'start' ? label.x : label.x - width;
  // The baseline sits about a third of the size above the box's bottom (descenders).
  return { left, right: left + width, top: label.y - fontSize * 0.8, bottom: label.y + fontSize * 0.25 };
};

/** Right of the dot, left of it, then a step further up or down each side, farther each time. */
const candidates = (p: LabelledPoint, { fontSize, pointRadius }: LabelLayout): PlacedLabel[] => {
  const beside = pointRadius + GAP;
  const middle = p.y + fontSize * 0.3;
  const places: PlacedLabel[] = [];
  for (const step of [0, -1, 1, -2, 2, -3, 3, -4, 4, -5, 5]) {
    const y = middle + step * (fontSize + 1);
    places.push({ x: p.x + beside, y, anchor: 'start', shown: true });
    places.push({ x: p.x - beside, y, anchor: 'end', shown: true });
  }
  return places;
};

export const placeLabels = (points: readonly LabelledPoint[], layout: LabelLayout): PlacedLabel[] => {
  const { fontSize, pointRadius, bounds } = layout;
  const dots: Box[] = points.map((p) => ({
    left: p.x - pointRadius,
    right: p.x + pointRadius,
    top: p.y - pointRadius,
    bottom: p.y + pointRadius,
  }));
  const taken: Box[] = [];
  const placed: PlacedLabel[] = new Array(points.length);
  // Crowded points first: they have the fewest free places, so they choose before their neighbours.
  const crowding = points.map(
    (p) => points.filter((q) => Math.abs(q.x - p.x) < 80 && Math.abs(q.y - p.y) < 40).length,
  );
  const order = points
    .map((_, i) => i)
    .sort((a, b) => crowding[b]! - crowding[a]! || points[a]!.y - points[b]!.y || a - b);
  for (const i of order) {
    const point = points[i]!;
    const free = candidates(point, layout).find((candidate) => {
      const box = labelBox(candidate, point.text, fontSize);
      const inside =
        box.left >= bounds.left &&
        box.right <= bounds.right &&
        box.top >= bounds.top &&
        box.bottom <= bounds.bottom;
      return (
        inside &&
        !taken.some((other) => overlaps(box, other)) &&
        !dots.some((dot, j) => j !== i && overlaps(box, dot))
      );
    });
    if (free) {
      placed[i] = free;
      taken.push(labelBox(free, point.text, fontSize));
    } else {
      placed[i] = { x: point.x + pointRadius + GAP, y: point.y, anchor: 'start', shown: false };
    }
  }
  return placed;
};
