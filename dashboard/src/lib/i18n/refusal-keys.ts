import type { MessageKey } from './catalogue.ts';

/**
 * What the server said when it declined a KPI question: the code of its `KpiQueryFailed`
 * (`ACCESS_DENIED` for a `KpiAccessDenied`) and the argument at fault. Its `message` is English
 * for API clients and is never shown: the reader is told by the code, in their language.
 */
export interface KpiRefusal {
  readonly code: string;
  readonly field: string | null;
}

/** A KPI answer that is a refusal, as its code and field; null for an answer. */
export const kpiRefusalOf = (answer: {
  readonly __typename: string;
  readonly code?: string;
  readonly field?: string;
}): KpiRefusal | null => {
  if (answer.__typename === 'KpiAccessDenied') return { code: 'ACCESS_DENIED', field: null };
  if (answer.__typename === 'KpiQueryFailed') return { code: answer.code ?? '', field: answer.field ?? null };
  return null;
};

/** The catalogue key that tells why a KPI question was declined, chosen by its code and field. */
export const kpiRefusalKey = ({ code, field }: KpiRefusal): MessageKey => {
  const at = field ?? '';
  switch (code) {
    case 'INVALID_PERIOD':
      return at.endsWith('.to') ? 'refusal.kpi.periodOrder' : 'refusal.kpi.period';
    case 'TOO_MANY_GROUPS':
      return 'refusal.kpi.tooManyGroups';
    case 'INVALID_COMBINATION':
      return at.includes('measures')
        ? 'refusal.kpi.measures'
        : at.includes('dimensions')
          ? 'refusal.kpi.dimensions'
          : 'refusal.kpi.combination';
    case 'UNKNOWN_MEASURE':
    case 'UNKNOWN_DIMENSION':
      return 'refusal.kpi.unknown';
    case 'LIMIT_OUT_OF_RANGE':
      return 'refusal.kpi.limit';
    case 'INVALID_CURSOR':
      return 'refusal.kpi.cursor';
    case 'ACCESS_DENIED':
      return 'refusal.kpi.accessDenied';
    case 'INVALID_FILTER':
      return 'refusal.kpi.filter';
    default:
      return 'refusal.kpi.other';
  }
};

/** The codes of a GraphQL error's `extensions` that say more than the error's kind already does. */
const ERROR_CODE_KEYS: Readonly<Record<string, MessageKey>> = {
  UNAVAILABLE: 'error.code.unavailable',
  NOT_FOUND: 'error.code.notFound',
  BAD_USER_INPUT: 'error.code.badInput',
};

/**
 * The words for the code of a failed request, or null when its kind's advice says it all
 * (FORBIDDEN, UNAUTHENTICATED) or the code is unknown. A KPI question's codes come from a live
 * subscription's errors as from a query's refusals.
 */
export const errorCodeKey = (code: string, field: string | null): MessageKey | null => {
  if (code in ERROR_CODE_KEYS) return ERROR_CODE_KEYS[code] ?? null;
  const key = kpiRefusalKey({ code, field });
  return key === 'refusal.kpi.other' ? null : key;
};
