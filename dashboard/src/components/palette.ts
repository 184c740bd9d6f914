/**
 * Okabe-Ito: eight colours that stay distinct with every common colour-vision deficiency. Charts
 * take colours from here (hex, since SVG presentation attributes do not resolve CSS variables).
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

/** Sequential blues for maps and heat: light = low, dark = high; readable in greyscale too. */
export const SEQUENTIAL = ['#eff3ff', '#c6dbef', '#9ecae1', '#6baed6', '#3182bd', '#08519c'] as const;
