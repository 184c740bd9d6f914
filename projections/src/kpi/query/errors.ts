/**
 * Why a KPI query cannot be answered as asked; `field` names the part of the query at fault. The
 * API publishes these codes (`KpiQueryFailed.code`), and a client words each in its reader's
 * language: the error's message is English for API clients.
 */
export const KPI_QUERY_ERROR_CODES = [
  'UNKNOWN_MEASURE',
  'UNKNOWN_DIMENSION',
  'INVALID_COMBINATION',
  'INVALID_FILTER',
  'INVALID_PERIOD',
  'LIMIT_OUT_OF_RANGE',
  'TOO_MANY_GROUPS',
  'INVALID_CURSOR',
] as const;

export type KpiQueryErrorCode = (typeof KPI_QUERY_ERROR_CODES)[number];

export class KpiQueryError extends Error {
  readonly code: KpiQueryErrorCode;
  readonly field: string;
  constructor(code: KpiQueryErrorCode, field: string, message: string) {
    super(message);
    this.name = 'KpiQueryError';
    this.code = code;
    this.field = field;
  }
}
