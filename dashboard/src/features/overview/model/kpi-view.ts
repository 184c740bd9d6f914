/**
 * What the overview draws, independent of how the API spells it: the api/ files map answers into
 * these shapes, and every component takes them as props.
 */
export interface KpiValue {
  readonly value: number | null;
  readonly numerator: number | null;
  readonly denominator: number | null;
}

export interface KpiComparison {
  readonly kpi: string;
  readonly current: KpiValue;
  readonly previous: KpiValue;
  readonly yearEarlier: KpiValue;
}

export interface SeriesPoint {
  /** The first business day of the bucket. */
  readonly start: string;
  readonly end: string;
  readonly values: Readonly<Record<string, number | null>>;
}

export interface RegionRow {
  readonly region: string;
  readonly values: Readonly<Record<string, number | null>>;
}

/** Which numbers a drill-down asks for: one KPI over one slice of the overview. */
export interface DrillTarget {
  readonly kpi: string;
  readonly from: string;
  readonly to: string;
  readonly region: string | null;
  readonly sphere: string | null;
  readonly district: string | null;
  /** A central body's code, when the figure is a body's (its league); absent or null: none. */
  readonly unit?: string | null;
  readonly asOf: string | null;
  /** What the figure was, to say it again at the top of the list. */
  readonly label: string;
}
