import { parseDay, parseInstant } from '../fold/columns.ts';
import type { KpiState } from '../fold/state.ts';
import { KpiQueryError } from './errors.ts';
import type { DayRange } from './periods.ts';
import { positionRecordedBy } from './recorded-instants.ts';
import { type KnowledgeView, knowledgeAt } from './view.ts';
import { MAX_WINDOW_SPAN_DAYS } from './windows.ts';

/** A read model as the runtime hands it out: the state and the log position it reflects. */
export interface KpiReadModel {
  readonly state: KpiState;
  readonly position: number;
}

/** A business period, inclusive at both ends, `YYYY-MM-DD`. */
export interface Period {
  readonly from: string;
  readonly to: string;
}

/** What a KPI answer reflects: the `asOf` asked (null: everything known) and the log position. */
export interface Knowledge {
  readonly asOf: string | null;
  readonly position: number;
}

export interface Cut {
  readonly view: KnowledgeView;
  readonly knowledge: Knowledge;
}

const DATE = /^\d{4}-\d{2}-\d{2}$/;

export const toDayRange = (period: Period, field = 'period'): DayRange => {
  for (const key of ['from', 'to'] as const) {
    const value = period[key];
    if (typeof value !== 'string' || !DATE.test(value) || Number.isNaN(Date.parse(`${value}T00:00:00Z`))) {
      throw new KpiQueryError(
        'INVALID_PERIOD',
        `${field}.${key}`,
        'must be a calendar date written YYYY-MM-DD',
      );
    }
  }
  const range = { from: parseDay(period.from), to: parseDay(period.to) };
  if (range.from > range.to)
    throw new KpiQueryError('INVALID_PERIOD', `${field}.to`, 'must not be before from');
  if (range.to - range.from > MAX_WINDOW_SPAN_DAYS / 4) {
    throw new KpiQueryError('INVALID_PERIOD', field, 'must be at most 50 years long');
  }
  return range;
};

/** The knowledge at `asOf` (an instant; absent: everything folded). */
export const cutAt = (model: KpiReadModel, asOf?: Date | string | null): Cut => {
  if (asOf === undefined || asOf === null) {
    return { view: knowledgeAt(model.state), knowledge: { asOf: null, position: model.position } };
  }
  const ms = asOf instanceof Date ? asOf.getTime() : parseInstant(asOf);
  if (Number.isNaN(ms)) throw new KpiQueryError('INVALID_PERIOD', 'asOf', 'must be an ISO 8601 instant');
  const view = knowledgeAt(model.state, ms);
  const position =
    view.asOf === Number.POSITIVE_INFINITY ? model.position : positionRecordedBy(model.state, ms);
  return { view, knowledge: { asOf: new Date(ms).toISOString(), position } };
};
