/**
 * Places a name beside each point of a scatter plot so that no two names overlap, nor a name and
 * another point's dot, and every name stays inside the plot. Pure: a text's width comes from the
 * layout's `measure` (a browser measures its own font; glyphs differ between fonts, and an estimate
 * too narrow lets real names overlap) or is estimated from its characters, so the same points and
 * widths always give the same places.
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
  /** A text's drawn width at `fontSize`; without it, an estimate from its number of characters. */
  readonly measure?: (text: string) => number;
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
// A line of text takes its font's ascent above the baseline and its descent below: about 0.95
// and 0.25 of the size in the UI fonts, which is the box a browser reports for it.
const ASCENT = 0.95;
const DESCENT = 0.25;
// Room kept clear around a placed name: a browser's text runs a fraction of a pixel wider or
// narrower than any measure of it, and two names side by side must not touch.
const CLEAR = 2;

const widened = (box: Box): Box => ({
  left: box.left - CLEAR,
  right: box.right + CLEAR,
  top: box.top,
  bottom: box.bottom,
});

type Measuring = Pick<LabelLayout, 'fontSize' | 'measure'>;

export const textWidth = (text: string, { fontSize, measure }: Measuring): number =>
  measure ? measure(text) : text.length * fontSize * CHAR_WIDTH;

const overlaps = (a: Box, b: Box): boolean =>
  a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

/** The box a label takes, from where it is written. */
export const labelBox = (label: PlacedLabel, text: string, layout: Measuring): Box => {
  const width = textWidth(text, layout);
  const left = label.anchor === 'start' ? label.x : label.x - width;
  return {
    left,
    right: left + width,
    top: label.y - layout.fontSize * ASCENT,
    bottom: label.y + layout.fontSize * DESCENT,
  };
};

/** Right of the dot, left of it, then a step further up or down each side, farther each time. */
const candidates = (p: LabelledPoint, { fontSize, pointRadius }: LabelLayout): PlacedLabel[] => {
  const beside = pointRadius + GAP;
  const middle = p.y + fontSize * 0.3;
  // One line's height and a pixel between: names on neighbouring rows do not touch.
  const row = Math.ceil(fontSize * (ASCENT + DESCENT)) + 1;
  const places: PlacedLabel[] = [];
  for (const step of [0, -1, 1, -2, 2, -3, 3, -4, 4, -5, 5]) {
    const y = middle + step * row;
    places.push({ x: p.x + beside, y, anchor: 'start', shown: true });
    places.push({ x: p.x - beside, y, anchor: 'end', shown: true });
  }
  return places;
};

export const placeLabels = (points: readonly LabelledPoint[], layout: LabelLayout): PlacedLabel[] => {
  const { pointRadius, bounds } = layout;
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
      const box = labelBox(candidate, point.text, layout);
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
      taken.push(widened(labelBox(free, point.text, layout)));
    } else {
      placed[i] = { x: point.x + pointRadius + GAP, y: point.y, anchor: 'start', shown: false };
    }
  }
  return placed;
};
