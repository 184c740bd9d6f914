import { KPI_QUERY_ERROR_CODES, KpiQueryError } from '@kpi/projections';
import { builder } from '../../builder.ts';
import { KpiAccessDenied } from './access.ts';

/**
 * Refusals a user can act on, as plain data: GraphQL treats a returned Error as a field error, so
 * the typed results are copies of the errors the queries throw.
 */
export interface KpiQueryFailed {
  readonly refusal: 'KpiQueryFailed';
  readonly code: string;
  readonly field: string;
  readonly message: string;
}

export interface KpiAccessRefused {
  readonly refusal: 'KpiAccessDenied';
  readonly region: string;
  readonly message: string;
}

export type Refusal = KpiQueryFailed | KpiAccessRefused;

export const KpiQueryFailedRef = builder.objectRef<KpiQueryFailed>('KpiQueryFailed').implement({
  description:
    'The query cannot be answered as asked (unknown measure or dimension, impossible combination, bad period, limit out of range).',
  fields: (t) => ({
    code: t.exposeString('code', {
      description: `${KPI_QUERY_ERROR_CODES.slice(0, -1).join(', ')} or ${KPI_QUERY_ERROR_CODES.at(-1)}.`,
    }),
    field: t.exposeString('field', {
      description: 'The argument at fault, dotted: `spec.dimensions.1`, `period.to`.',
    }),
    message: t.exposeString('message'),
  }),
});

export const KpiAccessDeniedRef = builder.objectRef<KpiAccessRefused>('KpiAccessDenied').implement({
  description: 'A regional officer asked for another region: officers read only their own region.',
  fields: (t) => ({
    message: t.exposeString('message'),
    region: t.exposeString('region', { description: 'The region asked for.' }),
  }),
});

const isRefusal = (value: unknown): value is Refusal =>
  typeof value === 'object' && value !== null && 'refusal' in value;

/**
 * Runs a query, turning the refusals a user can act on into typed results (their field named from
 * the argument, e.g. `spec.limit`); anything else is a fault.
 */
export const answer = <T extends object>(run: () => T, fieldPrefix = ''): T | Refusal => {
  try {
    return run();
  } catch (error) {
    if (error instanceof KpiQueryError) {
      const field = fieldPrefix ? `${fieldPrefix}.${error.field}` : error.field;
      return { refusal: 'KpiQueryFailed', code: error.code, field, message: error.message };
    }
    if (error instanceof KpiAccessDenied) {
      return { refusal: 'KpiAccessDenied', region: error.region, message: error.message };
    }
    throw error;
  }
};

/** The GraphQL type of a result: the answer's own, or its refusal's. */
export const resultType =
  <T>(success: T) =>
  (value: object): T | typeof KpiQueryFailedRef | typeof KpiAccessDeniedRef =>
    !isRefusal(value) ? success : value.refusal === 'KpiQueryFailed' ? KpiQueryFailedRef : KpiAccessDeniedRef;
