/** Fills `{name}` placeholders; a missing parameter stays visible rather than vanishing silently. */
export const interpolate = (template: string, params: Record<string, string | number> = {}): string =>
  template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
