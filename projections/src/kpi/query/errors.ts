/** Why a KPI query cannot be answered as asked; `field` names the part of the query at fault. */
export type KpiQueryErrorCode =
  | 'UNKNOWN_MEASURE'
  | 'UNKNOWN_DIMENSION'
  | 'INVALID_COMBINATION'
  | 'INVALID_FILTER'
  | 'INVALID_PERIOD'
  | 'LIMIT_OUT_OF_RANGE'
  | 'TOO_MANY_GROUPS'
  | 'INVALID_CURSOR';

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
