/**
 * The series colours of the design tokens (Okabe-Ito, safe for colour-blind readers), resolved to
 * values: an exported SVG or PNG must carry the colours themselves, not CSS variables.
 */
const FALLBACK = ['#0072b2', '#e69f00', '#009e73', '#cc79a7', '#56b4e9', '#d55e00', '#f0e442'];

export const seriesColours = (): string[] => {
  if (typeof document === 'undefined') return FALLBACK;
  const style = getComputedStyle(document.documentElement);
  return FALLBACK.map((fallback, i) => style.getPropertyValue(`--series-${i + 1}`).trim() || fallback);
};

/** Beyond seven series the palette repeats with a dash pattern, so lines stay distinguishable. */
export const seriesStyle = (index: number, colours: readonly string[]) => ({
  colour: colours[index % colours.length]!,
  dash: index >= colours.length ? '6 3' : undefined,
});
