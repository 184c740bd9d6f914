import type { FieldIssue } from '@kpi/schema';

/** Why a saved-chart change was refused, in a form the chart builder can show. Nothing is written. */
export type ChartRefusal =
  | { readonly kind: 'ValidationFailed'; readonly issues: readonly FieldIssue[] }
  | { readonly kind: 'NotFound'; readonly message: string; readonly id: string }
  | { readonly kind: 'Forbidden'; readonly message: string }
  | { readonly kind: 'Conflict'; readonly message: string; readonly currentRevision: number };

export type ChartOutcome<T> =
  | { readonly ok: true; readonly value: T }
  | ({ readonly ok: false } & ChartRefusal);

export const refused = (refusal: ChartRefusal): ChartOutcome<never> => ({ ok: false, ...refusal });
export const succeeded = <T>(value: T): ChartOutcome<T> => ({ ok: true, value });
