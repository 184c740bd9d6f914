import {
  type AlertCondition,
  type AlertNumbers,
  almatyDate,
  COUNTRY_UNIT,
  isRegionCode,
  REGION_CODES,
  type RecurrenceNumbers,
} from '@kpi/schema';
import type { KpiReadModel } from '../kpi/index.ts';
import { kpiSummary, openRecurrences } from '../kpi/index.ts';
import type { TargetsState } from '../targets/state.ts';
import { judgedWindow } from '../targets/status.ts';
import { targetsWithStatus } from '../targets/with-status.ts';
import { lastRecordedByRegion } from './silent-regions.ts';

/** What a rule's condition needs of the rule: its id and the condition, when it is live. */
export interface EvaluatedRule {
  readonly ruleId: string;
  readonly condition: AlertCondition;
}

/** Whether a rule's condition holds, with the figures it was judged on and where they come from. */
export interface ConditionState {
  readonly ruleId: string;
  readonly holds: boolean;
  readonly unit: string;
  readonly numbers: AlertNumbers;
  /** The dashboard view of the events behind the numbers. */
  readonly link: string;
  /** RECURRENCE_APPEARED only: every recurrence open now, oldest first (transitions pick the new ones). */
  readonly recurrences?: readonly RecurrenceNumbers[];
}

export interface ConditionInputs {
  readonly targets: TargetsState;
  readonly kpis: KpiReadModel;
  /** The caller's "now": the day a running period is judged on. */
  readonly now: Date;
}

/**
 * The overview for the unit and the days judged, where every figure opens its events: a region in
 * focus, or (the country, a central body, whose row is in the league of central bodies) none.
 */
export const drillDownLink = (unit: string, from: string | null, to: string | null): string => {
  const params = new URLSearchParams();
  if (isRegionCode(unit)) params.set('region', unit);
  if (from) params.set('from', from);
  if (to) params.set('to', to);
  const query = params.toString();
  return query ? `/overview?${query}` : '/overview';
};

/** A KPI rule's KPI and period: the schema requires both for these kinds. */
const kpiAndPeriod = (rule: EvaluatedRule): { kpi: string; period: string } => {
  const { kind, kpi, period } = rule.condition;
  if (kpi === undefined || period === undefined) throw new Error(`a ${kind} rule without a KPI or a period`);
  return { kpi, period };
};

/**
 * A target-status rule holds when the target in force for its KPI, unit and period has one of the
 * statuses named. No target, a period not begun, or a KPI without a value: it does not hold.
 */
const targetStatus = (rule: EvaluatedRule, inputs: ConditionInputs): ConditionState => {
  const { kpi, period } = kpiAndPeriod(rule);
  const { unit } = rule.condition;
  const statuses = rule.condition.statuses ?? [];
  const [target] = targetsWithStatus(inputs.targets, inputs.kpis, {
    unit,
    period,
    kpi,
    asOf: null,
    now: inputs.now,
  });
  const numbers: AlertNumbers = {
    status: target?.status ?? null,
    actual: target?.actual ?? null,
    heldTo: target?.heldTo ?? null,
    value: target?.value ?? null,
    judgedFrom: target?.judged?.from ?? null,
    judgedTo: target?.judged?.to ?? null,
  };
  return {
    ruleId: rule.ruleId,
    holds: numbers.status !== null && statuses.includes(numbers.status),
    unit,
    numbers,
    link: drillDownLink(unit, numbers.judgedFrom, numbers.judgedTo),
  };
};

/**
 * A threshold rule holds when the KPI over the days judged (the whole period once ended, the days
 * so far while it runs, as for targets) is strictly above or below the threshold. A level (open
 * risks, recommendations overdue) is read on the last day judged. A period not begun, or a KPI
 * without a value: it does not hold.
 */
const kpiThreshold = (rule: EvaluatedRule, inputs: ConditionInputs): ConditionState => {
  const { kpi, period } = kpiAndPeriod(rule);
  const { unit, threshold, direction } = rule.condition;
  const window = judgedWindow(period, almatyDate(inputs.now));
  const actual =
    window === null
      ? null
      : (kpiSummary(inputs.kpis, {
          period: { from: window.from, to: window.to },
          // A region's or a central body's own figures, as a target's status is computed.
          filter: unit === COUNTRY_UNIT ? null : { units: [unit] },
          asOf: null,
          kpis: [kpi],
        }).kpis[0]?.current.value ?? null);
  const numbers: AlertNumbers = {
    status: null,
    actual,
    heldTo: null,
    value: threshold ?? null,
    judgedFrom: window?.from ?? null,
    judgedTo: window?.to ?? null,
  };
  const holds =
    actual !== null &&
    threshold !== undefined &&
    (direction === 'ABOVE' ? actual > threshold : direction === 'BELOW' ? actual < threshold : false);
  return {
    ruleId: rule.ruleId,
    holds,
    unit,
    numbers,
    link: drillDownLink(unit, numbers.judgedFrom, numbers.judgedTo),
  };
};

const DAY_MS = 86_400_000;

/**
 * A silent-region rule holds when the region recorded no risk, recommendation, transformation or
 * restored right in the last `days` days (by when the store recorded them), or never did. Time
 * alone makes it hold, so it is judged on the evaluator's timer as well as when the log moves.
 */
const regionSilent = (
  rule: EvaluatedRule,
  inputs: ConditionInputs,
  lastRecorded: Float64Array,
): ConditionState => {
  const { unit, days = 0 } = rule.condition;
  const last = lastRecorded[(REGION_CODES as readonly string[]).indexOf(unit)] ?? Number.NEGATIVE_INFINITY;
  const now = inputs.now.getTime();
  const silentFor = Number.isFinite(last) ? Math.floor((now - last) / DAY_MS) : null;
  const numbers: AlertNumbers = {
    status: null,
    actual: silentFor,
    heldTo: null,
    value: days,
    judgedFrom: Number.isFinite(last) ? almatyDate(new Date(last)) : null,
    judgedTo: almatyDate(inputs.now),
  };
  return {
    ruleId: rule.ruleId,
    holds: silentFor === null || silentFor >= days,
    unit,
    numbers,
    link: drillDownLink(unit, numbers.judgedFrom, numbers.judgedTo),
  };
};

/** The recurrence's region on the day the risk came back: where its events are. */
export const recurrenceLink = (recurrence: RecurrenceNumbers): string =>
  drillDownLink(recurrence.region, recurrence.identifiedOn, recurrence.identifiedOn);

/**
 * A recurrence rule holds while any recurrence is open in its unit. Its numbers count them
 * (`actual`); which ones are new, and so announced, is the transitions' business, since that
 * depends on what the log already announced.
 */
const recurrenceAppeared = (rule: EvaluatedRule, inputs: ConditionInputs): ConditionState => {
  const { unit } = rule.condition;
  const recurrences = openRecurrences(inputs.kpis.state, unit === COUNTRY_UNIT ? null : unit);
  const [first] = recurrences;
  return {
    ruleId: rule.ruleId,
    holds: recurrences.length > 0,
    unit,
    numbers: {
      status: null,
      actual: recurrences.length,
      heldTo: null,
      value: null,
      judgedFrom: first?.identifiedOn ?? null,
      judgedTo: almatyDate(inputs.now),
      recurrence: first ?? null,
    },
    link: first ? recurrenceLink(first) : drillDownLink(unit, null, null),
    recurrences,
  };
};

/** Judges every rule against the read models as they stand: pure, so two replicas agree. */
export const evaluateConditions = (
  rules: readonly EvaluatedRule[],
  inputs: ConditionInputs,
): ConditionState[] => {
  // One pass over the read model serves every silent-region rule, and none is made without one.
  let lastRecorded: Float64Array | undefined;
  const lastRecordedOnce = (): Float64Array => {
    lastRecorded ??= lastRecordedByRegion(inputs.kpis.state, REGION_CODES.length);
    return lastRecorded;
  };
  return rules.map((rule) => {
    switch (rule.condition.kind) {
      case 'TARGET_STATUS':
        return targetStatus(rule, inputs);
      case 'KPI_THRESHOLD':
        return kpiThreshold(rule, inputs);
      case 'REGION_SILENT':
        return regionSilent(rule, inputs, lastRecordedOnce());
      case 'RECURRENCE_APPEARED':
        return recurrenceAppeared(rule, inputs);
      default: {
        const unknown: never = rule.condition.kind;
        throw new Error(`unknown alert condition ${String(unknown)}`);
      }
    }
  });
};
