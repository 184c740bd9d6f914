import type { ChartSpec } from './spec.ts';

export interface CaptionWords {
  readonly period: (from: string, to: string) => string;
  readonly asOf: (day: string) => string;
  readonly filters: (list: string) => string;
  /** A filter's name and the labels of its chosen values. */
  readonly filter: (
    key: 'regions' | 'spheres' | 'causeCategories' | 'sources',
    codes: readonly string[],
  ) => string;
}

/**
 * The lines an exported picture carries under its title: a PNG on a slide must say which period,
 * which filters and which day's knowledge it shows, since nothing around it will.
 */
export const exportCaption = (
  spec: ChartSpec,
  period: { readonly from: string; readonly to: string } | undefined,
  words: CaptionWords,
): string[] => {
  const lines: string[] = [];
  if (period) lines.push(words.period(period.from, period.to));
  const f = spec.filters ?? {};
  const chosen = (['regions', 'spheres', 'causeCategories', 'sources'] as const)
    .filter((key) => (f[key]?.length ?? 0) > 0)
    .map((key) => words.filter(key, f[key] ?? []));
  if (f.organizations?.length) chosen.push(f.organizations.join(', '));
  if (f.districts?.length) chosen.push(f.districts.join(', '));
  if (chosen.length > 0) lines.push(words.filters(chosen.join('; ')));
  if (spec.asOf) lines.push(words.asOf(spec.asOf.slice(0, 10)));
  return lines;
};

/**
 * A line of a picture's caption broken at spaces into lines of at most `maxChars` characters
 * (a word longer than that stands alone): an SVG text never wraps, and a phone's picture is
 * narrow, so a long list of filters ran off its right edge.
 */
export const wrapLine = (text: string, maxChars: number): string[] => {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter((w) => w !== '')) {
    if (line !== '' && line.length + 1 + word.length > maxChars) {
      lines.push(line);
      line = word;
    } else line = line === '' ? word : `${line} ${word}`;
  }
  if (line !== '') lines.push(line);
  return lines;
};
