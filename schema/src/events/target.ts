import { z } from 'zod';
import { businessDate } from '../fields.ts';
import { issueParams } from '../issue-codes.ts';
import { type GovernedUnit, governedUnit } from '../units.ts';

/**
 * What a target holds a KPI to, by the KPI's shape: a `count` accumulates over the period (so a
 * running period is held to a pro-rated share of it), a `level` is read at the period's end (open
 * risks), a `rate` is a fraction 0..1, `days` a duration. The names are the KPI engine's; a test
 * in projections/ keeps this list equal to the engine's catalogue.
 */
export const TARGET_KPI_SHAPES = {
  risksIdentified: 'count',
  causesRemoved: 'count',
  removalRate: 'rate',
  medianDaysToRemoval: 'days',
  p90DaysToRemoval: 'days',
  openRisks: 'level',
  openRisksAged0To30: 'level',
  openRisksAged31To90: 'level',
  openRisksAged91To180: 'level',
  openRisksAged181To365: 'level',
  openRisksAgedOver365: 'level',
  recommendationsIssued: 'count',
  recommendationsImplemented: 'count',
  recommendationsOverdue: 'level',
  implementationRate: 'rate',
  onTimeRate: 'rate',
  rightsRestoredCases: 'count',
  rightsRestoredPeople: 'count',
  rightsRestoredMoneyKzt: 'count',
  recurrenceRate: 'rate',
  coverageOrganizations: 'count',
  coverageProcesses: 'count',
} as const;

export type TargetKpi = keyof typeof TARGET_KPI_SHAPES;
export type TargetShape = (typeof TARGET_KPI_SHAPES)[TargetKpi];
export const TARGET_KPIS = Object.keys(TARGET_KPI_SHAPES) as TargetKpi[];

/**
 * A target is set for the country, a region or a central state body (a body by its code's form:
 * the command checks it against the catalogue of the day). Targets recorded for the country and
 * the regions before bodies were governed stay valid as they are.
 */
export type TargetUnit = GovernedUnit;

export const TARGET_DIRECTIONS = ['AT_LEAST', 'AT_MOST'] as const;
export type TargetDirection = (typeof TARGET_DIRECTIONS)[number];

const targetKpi = z.enum(TARGET_KPIS as [TargetKpi, ...TargetKpi[]], {
  error: 'must be a KPI name such as causesRemoved',
});
const targetUnit = governedUnit;
/** A year (`2026`) or a quarter (`2026-Q2`). */
const targetPeriod = z.string({ error: 'is required' }).regex(/^(19|20|21)\d{2}(-Q[1-4])?$/, {
  error: 'must be a year such as 2026 or a quarter such as 2026-Q2',
});

/** The key a target is known by: one target per KPI, unit and period. */
const TargetKey = { kpi: targetKpi, unit: targetUnit, period: targetPeriod };

/**
 * The chair set a target for a KPI, a unit and a period; it replaces an earlier one for the same
 * three. Stream: `target-<kpi>.<unit>.<period>`. The value must make sense for the KPI's shape
 * (the issue names `value`); plain refinements, so the store's fast acceptor can run them too.
 */
export const TargetSetData = z
  .strictObject({
    ...TargetKey,
    value: z.number({ error: 'must be a number' }).max(1e15, { error: 'is too large' }),
    direction: z.enum(TARGET_DIRECTIONS, { error: 'must be AT_LEAST or AT_MOST' }),
    occurredOn: businessDate,
  })
  .refine((d) => TARGET_KPI_SHAPES[d.kpi] !== 'rate' || (d.value >= 0 && d.value <= 1), {
    path: ['value'],
    message: 'must be a fraction between 0 and 1 for a rate',
    params: issueParams('not_a_fraction'),
  })
  .refine((d) => TARGET_KPI_SHAPES[d.kpi] === 'rate' || d.value >= 0, {
    path: ['value'],
    message: 'must not be negative',
    params: issueParams('negative'),
  });

/** The chair withdrew the target for a KPI, a unit and a period. */
export const TargetWithdrawnData = z.strictObject({ ...TargetKey, occurredOn: businessDate });

export const targetStream = (key: { kpi: string; unit: string; period: string }): string =>
  `target-${key.kpi}.${key.unit}.${key.period}`;

/** The id a target is known by in answers: its key. */
export const targetId = (key: { kpi: string; unit: string; period: string }): string =>
  `${key.kpi}.${key.unit}.${key.period}`;
