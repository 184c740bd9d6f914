const pad = (n: number) => String(n).padStart(2, '0');

/**
 * The review period the overview's days ask about, in the report's terms: a whole year, third,
 * quarter or month when the filters start on its first day and end within it; otherwise the
 * quarter the period ends in (the report is for calendar periods, the overview for any days).
 */
export const reviewPeriodOf = (from: string, to: string): string => {
  const [fy, fm, fd] = from.split('-').map(Number) as [number, number, number];
  const [ty, tm] = to.split('-').map(Number) as [number, number];
  if (fd === 1 && fy === ty) {
    if (fm === tm) return `${fy}-${pad(fm)}`;
    if ((fm - 1) % 3 === 0 && tm <= fm + 2) return `${fy}-Q${(fm + 2) / 3}`;
    if ((fm - 1) % 4 === 0 && tm <= fm + 3) return `${fy}-T${(fm + 3) / 4}`;
    if (fm === 1) return String(fy);
  }
  return `${ty}-Q${Math.ceil(tm / 3)}`;
};

/** Where the review report for these filters downloads from, in the interface language. */
export const reviewReportUrl = (filters: {
  readonly from: string;
  readonly to: string;
  readonly region: string | null;
  readonly asOf: string | null;
  readonly lang: string;
}): string => {
  const params = new URLSearchParams({ period: reviewPeriodOf(filters.from, filters.to) });
  if (filters.region) params.set('unit', filters.region);
  if (filters.asOf) params.set('asOf', filters.asOf);
  params.set('lang', filters.lang);
  return `/reports/review.pdf?${params}`;
};
