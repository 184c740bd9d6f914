/**
 * Every colour a chart draws with, in one place. Okabe-Ito: colours that stay distinct with every
 * common colour-vision deficiency. Hex, since SVG presentation attributes (and exported SVG and
 * PNG files) do not resolve CSS variables.
 */
export const PALETTE = {
  blue: '#0072B2',
  orange: '#E69F00',
  green: '#009E73',
  purple: '#CC79A7',
  sky: '#56B4E9',
  vermillion: '#D55E00',
  yellow: '#F0E442',
  black: '#000000',
} as const;

/**
 * The colours series take in turn. Yellow is left out: on white it is unreadable as a line and as
 * text. A chart with more series than these shows the largest in colour and the rest in MUTED.
 */
export const SERIES = [
  PALETTE.blue,
  PALETTE.orange,
  PALETTE.green,
  PALETTE.purple,
  PALETTE.sky,
  PALETTE.vermillion,
  PALETTE.black,
] as const;

/** Series in the background (the "others", those not highlighted): present, but not competing. */
export const MUTED = '#a3adb8';

/** Text and lines around the data: the same colours as the page's text and borders. */
export const INK = { text: '#14202e', muted: '#4d5b6b', grid: '#d5dce5', background: '#ffffff' } as const;

/** Sequential blues for maps and heat: light = low, dark = high; readable in greyscale too. */
export const SEQUENTIAL = ['#eff3ff', '#c6dbef', '#9ecae1', '#6baed6', '#3182bd', '#08519c'] as const;
