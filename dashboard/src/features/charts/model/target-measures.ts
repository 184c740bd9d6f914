import type { MessageKey } from '@/lib/i18n/catalogue.ts';

/** The chart query's measures against targets: what they ask of a KPI, and the KPI's gap to it. */
export const TARGET_MEASURE_KINDS = ['target', 'gapToTarget'] as const;
export type TargetMeasureKind = (typeof TARGET_MEASURE_KINDS)[number];

export const targetMeasure = (kind: TargetMeasureKind, kpi: string) => `${kind}_${kpi}`;

/** `target_causesRemoved` -> target of causesRemoved; a plain KPI -> null. */
export const targetMeasureOf = (measure: string): { kind: TargetMeasureKind; kpi: string } | null => {
  const match = /^(target|gapToTarget)_(.+)$/.exec(measure);
  return match ? { kind: match[1] as TargetMeasureKind, kpi: match[2]! } : null;
};

/** The KPI a measure reads: itself, or the KPI a target measure holds to its target. */
export const kpiOfMeasure = (measure: string) => targetMeasureOf(measure)?.kpi ?? measure;

/** A measure's name in the interface language: "Causes removed", "Target: causes removed". */
export const measureText = (
  t: (key: MessageKey, params?: Record<string, string>) => string,
  measure: string,
) => {
  const target = targetMeasureOf(measure);
  const kpi = t(`charts.measure.${kpiOfMeasure(measure)}` as MessageKey);
  return target ? t(`charts.measure.${target.kind}`, { kpi }) : kpi;
};
