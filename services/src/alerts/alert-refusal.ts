import type { FieldIssue } from '@kpi/schema';

/** Why a change to an alert rule was refused, in a form the rules form shows. Nothing is written. */
export type AlertRefusal =
  | { readonly kind: 'ValidationFailed'; readonly issues: readonly FieldIssue[] }
  | { readonly kind: 'NotFound'; readonly message: string; readonly id: string }
  | { readonly kind: 'Forbidden'; readonly message: string }
  | { readonly kind: 'Conflict'; readonly message: string; readonly currentRevision: number };

export type AlertOutcome<T> =
  | { readonly ok: true; readonly value: T }
  | ({ readonly ok: false } & AlertRefusal);

export const refused = (refusal: AlertRefusal): AlertOutcome<never> => ({ ok: false, ...refusal });
export const succeeded = <T>(value: T): AlertOutcome<T> => ({ ok: true, value });
