import { z } from 'zod';
import { businessDate, entityId, text } from '../fields.ts';
import { issueParams } from '../issue-codes.ts';
import { COUNTRY_AND_REGIONS, governedUnit, isGovernedUnitForm } from '../units.ts';
import { TARGET_KPIS, type TargetKpi } from './target.ts';

/**
 * Alerts: rules the chair and analysts keep, the firings the server records when a rule's
 * condition starts or stops holding, and each delivery of a firing by e-mail or webhook. All are
 * events, so every replica reading the log agrees on what fired and what was sent. KPIs never
 * read them. Streams: `alert-rule-<ruleId>`, `alert-firing-<ruleId>` (fired / cleared, in turn),
 * `alert-delivery-<firingEventId>.<channel>` (attempts and their outcomes).
 */
export const TARGET_STATUSES = ['MET', 'AT_RISK', 'OFF_TRACK'] as const;
export type AlertTargetStatus = (typeof TARGET_STATUSES)[number];

export const ALERT_CHANNELS = ['EMAIL', 'WEBHOOK'] as const;
export type AlertChannel = (typeof ALERT_CHANNELS)[number];

const kpi = z.enum(TARGET_KPIS as [TargetKpi, ...TargetKpi[]], {
  error: 'must be a KPI name such as causesRemoved',
});
/** The country, a region or a central body (a body's KPIs and targets are watched as a region's). */
const unit = governedUnit;
const isCountryOrRegion = (unit: string): boolean =>
  (COUNTRY_AND_REGIONS as readonly string[]).includes(unit);
const period = z.string({ error: 'is required' }).regex(/^(19|20|21)\d{2}(-Q[1-4])?$/, {
  error: 'must be a year such as 2026 or a quarter such as 2026-Q2',
});

export const ALERT_CONDITION_KINDS = [
  'TARGET_STATUS',
  'KPI_THRESHOLD',
  'REGION_SILENT',
  'RECURRENCE_APPEARED',
] as const;
/** Kinds that watch a KPI over a period (a silent region watches neither). */
export const KPI_CONDITION_KINDS = ['TARGET_STATUS', 'KPI_THRESHOLD'] as const;
export const THRESHOLD_DIRECTIONS = ['ABOVE', 'BELOW'] as const;

/** Kinds that watch neither a KPI nor a period. */
const watchesNoKpi = (kind: (typeof ALERT_CONDITION_KINDS)[number]): boolean =>
  kind === 'REGION_SILENT' || kind === 'RECURRENCE_APPEARED';

const notForKind = (field: string) => ({
  path: [field],
  message: 'is not used by this kind of rule: leave it out',
  params: issueParams('not_for_kind'),
});

/**
 * What a rule watches, for a KPI, a unit (the country, a region, or for the KPI kinds a central
 * body) and a period:
 * - `TARGET_STATUS`: the target in force has one of `statuses` ("a KPI crossing its target");
 * - `KPI_THRESHOLD`: the KPI is strictly `ABOVE` or `BELOW` `threshold` ("recommendations
 *   overdue above N for a region" is recommendationsOverdue, a region, ABOVE N);
 * - `REGION_SILENT`: the region (`unit`) recorded nothing for `days` days; no KPI, no period;
 * - `RECURRENCE_APPEARED`: a recurrence (methodology's rule: a scheme removed came back within
 *   365 days) is open in the unit; each new one is announced once; no KPI, no period.
 * One object with the fields of each kind rather than a union on `kind`, which the store's fast
 * acceptor does not compile; the refinements require the fields of the kind named.
 */
export const AlertCondition = z
  .strictObject({
    kind: z.enum(ALERT_CONDITION_KINDS, {
      error: 'must be TARGET_STATUS, KPI_THRESHOLD, REGION_SILENT or RECURRENCE_APPEARED',
    }),
    kpi: kpi.optional(),
    unit,
    period: period.optional(),
    statuses: z
      .array(z.enum(TARGET_STATUSES, { error: 'must be MET, AT_RISK or OFF_TRACK' }))
      .max(3)
      .refine((s) => new Set(s).size === s.length, {
        error: 'must not repeat a status',
        params: issueParams('repeated'),
      })
      .optional(),
    threshold: z.number({ error: 'must be a number' }).max(1e15, { error: 'is too large' }).optional(),
    direction: z.enum(THRESHOLD_DIRECTIONS, { error: 'must be ABOVE or BELOW' }).optional(),
    days: z
      .int({ error: 'must be a whole number of days' })
      .min(1, { error: 'must be at least 1' })
      .max(366, { error: 'must be at most 366' })
      .optional(),
  })
  .refine((c) => watchesNoKpi(c.kind) || c.kpi !== undefined, {
    path: ['kpi'],
    message: 'is required: a KPI name such as causesRemoved',
    params: issueParams('required'),
  })
  .refine((c) => watchesNoKpi(c.kind) || c.period !== undefined, {
    path: ['period'],
    message: 'is required: a year such as 2026 or a quarter such as 2026-Q2',
    params: issueParams('required'),
  })
  .refine((c) => c.kind !== 'REGION_SILENT' || c.days !== undefined, {
    path: ['days'],
    message: 'is required for a silent-region rule',
    params: issueParams('required'),
  })
  // Silence and recurrences are counted by region; a central body is watched by its KPIs and targets.
  // A unit of no valid form is refused once, by its own field.
  .refine((c) => !watchesNoKpi(c.kind) || isCountryOrRegion(c.unit) || !isGovernedUnitForm(c.unit), {
    path: ['unit'],
    message:
      'must be KZ (the country) or a region code for this kind of rule: a central body is watched by its KPIs and targets',
    params: issueParams('invalid_value'),
  })
  .refine((c) => c.kind !== 'REGION_SILENT' || c.unit !== 'KZ', {
    path: ['unit'],
    message: 'must be a region for a silent-region rule',
    params: issueParams('invalid_value'),
  })
  .refine((c) => c.kind !== 'TARGET_STATUS' || (c.statuses !== undefined && c.statuses.length > 0), {
    path: ['statuses'],
    message: 'choose at least one status',
    params: issueParams('required'),
  })
  .refine((c) => c.kind !== 'KPI_THRESHOLD' || c.threshold !== undefined, {
    path: ['threshold'],
    message: 'is required for a threshold rule',
    params: issueParams('required'),
  })
  .refine((c) => c.kind !== 'KPI_THRESHOLD' || c.direction !== undefined, {
    path: ['direction'],
    message: 'is required for a threshold rule: ABOVE or BELOW',
    params: issueParams('required'),
  })
  // A field another kind watches is refused, not ignored: its author believes it counts.
  .refine((c) => !watchesNoKpi(c.kind) || c.kpi === undefined, notForKind('kpi'))
  .refine((c) => !watchesNoKpi(c.kind) || c.period === undefined, notForKind('period'))
  .refine((c) => c.kind === 'TARGET_STATUS' || c.statuses === undefined, notForKind('statuses'))
  .refine((c) => c.kind === 'KPI_THRESHOLD' || c.threshold === undefined, notForKind('threshold'))
  .refine((c) => c.kind === 'KPI_THRESHOLD' || c.direction === undefined, notForKind('direction'))
  .refine((c) => c.kind === 'REGION_SILENT' || c.days === undefined, notForKind('days'));
export type AlertCondition = z.output<typeof AlertCondition>;

/** The languages the product writes its e-mails in (an alert's, a scheduled report's). */
export const MAIL_LANGUAGES = ['ru', 'kk', 'en'] as const;
export type MailLanguage = (typeof MAIL_LANGUAGES)[number];

// Patterns rather than zod's e-mail and URL formats: the store's fast acceptor mirrors patterns.
/** Where a firing goes besides the in-app list: e-mail addresses and one webhook URL. */
export const AlertRecipients = z.strictObject({
  emails: z
    .array(
      z
        .string({ error: 'must be an e-mail address' })
        .max(320)
        .regex(/^[^\s@]+@[^\s@]+\.[^\s@]+$/, { error: 'must be an e-mail address' }),
    )
    .max(20, { error: 'must hold at most 20 addresses' }),
  webhookUrl: z
    .string({ error: 'must be an http(s) URL' })
    .max(2000)
    .regex(/^https?:\/\/[^\s/?#]+\S*$/, { error: 'must be an http(s) URL' })
    .nullable(),
  /** The language its e-mails are written in; Russian, the product's default, when absent (rules kept before). */
  lang: z.enum(MAIL_LANGUAGES, { error: 'must be ru, kk or en' }).optional(),
});
export type AlertRecipients = z.output<typeof AlertRecipients>;

const ruleBody = {
  ruleId: entityId,
  name: text(200),
  condition: AlertCondition,
  recipients: AlertRecipients,
  occurredOn: businessDate,
};

export const AlertRuleCreatedData = z.strictObject(ruleBody);
/** The whole rule as changed: name, condition and recipients replace the earlier ones. */
export const AlertRuleChangedData = z.strictObject(ruleBody);
export const AlertRuleMutedData = z.strictObject({ ruleId: entityId, occurredOn: businessDate });
export const AlertRuleUnmutedData = AlertRuleMutedData;
export const AlertRuleDeletedData = AlertRuleMutedData;

/** The figures that made a condition hold (or stop holding), as they were when it was judged. */
/**
 * The recurrence a RECURRENCE_APPEARED firing announces first: the risk that came back, the
 * removed risk of the same organization, process and cause category it came back after, and
 * where. Names are as first spelled in the log.
 */
export const RecurrenceNumbers = z.strictObject({
  riskId: z.string().min(1).max(200),
  removedRiskId: z.string().min(1).max(200),
  organization: z.string().max(1000),
  process: z.string().max(1000),
  causeCategory: z.string().min(1).max(100),
  region: z.string().min(1).max(20),
  identifiedOn: businessDate,
  removedOn: businessDate,
});
export type RecurrenceNumbers = z.output<typeof RecurrenceNumbers>;

/** At most this many recurrence ids are announced by one firing; more wait for the next one. */
export const MAX_ANNOUNCED_PER_FIRING = 1000;

export const AlertNumbers = z.strictObject({
  status: z.enum(TARGET_STATUSES).nullable(),
  actual: z.number().nullable(),
  heldTo: z.number().nullable(),
  value: z.number().nullable(),
  judgedFrom: businessDate.nullable(),
  judgedTo: businessDate.nullable(),
  /** RECURRENCE_APPEARED only: the first recurrence this firing announces (null on a clearing). */
  recurrence: RecurrenceNumbers.nullable().optional(),
});
export type AlertNumbers = z.output<typeof AlertNumbers>;

export const JudgedAt = z.strictObject({ kpi: z.int().min(0), targets: z.int().min(0) });
export type JudgedAt = z.output<typeof JudgedAt>;

const firing = {
  ruleId: entityId,
  /** 1 for the rule's first firing; a clearing carries the sequence of the firing it clears. */
  sequence: z.int().min(1),
  unit,
  numbers: AlertNumbers,
  /** The dashboard's drill-down to the events behind the numbers (a path in the app). */
  link: z.string().min(1).max(2000),
  /**
   * The log positions the KPI and target read models reflected when the condition was judged: a
   * replica whose read models are behind these does not judge the rule again.
   */
  judgedAt: JudgedAt,
  /**
   * RECURRENCE_APPEARED only: the ids of the recurring risks this firing announces, so that none
   * is announced again while it stays open. Bounded: the log's state holds these, not every risk.
   */
  announced: z.array(z.string().min(1).max(200)).max(MAX_ANNOUNCED_PER_FIRING).optional(),
  occurredOn: businessDate,
};
export const AlertFiredData = z.strictObject(firing);
export const AlertClearedData = z.strictObject(firing);

const delivery = {
  /** The event id of the AlertFired or AlertCleared delivered. */
  firingEventId: entityId,
  ruleId: entityId,
  channel: z.enum(ALERT_CHANNELS),
  attempt: z.int().min(1),
  occurredOn: businessDate,
};
/** A replica claimed this attempt: only the one whose append won sends it. */
export const AlertDeliveryAttemptedData = z.strictObject({
  ...delivery,
  replica: z.string().min(1).max(200),
});
export const AlertDeliverySucceededData = z.strictObject(delivery);
export const AlertDeliveryFailedData = z.strictObject({
  ...delivery,
  error: z.string().min(1).max(2000),
  /** When the next attempt is due; null when the attempts are exhausted. */
  retryAt: z.iso.datetime({ offset: true }).nullable(),
});

export const alertStreams = {
  rule: (ruleId: string) => `alert-rule-${ruleId}`,
  firing: (ruleId: string) => `alert-firing-${ruleId}`,
  delivery: (firingEventId: string, channel: AlertChannel) =>
    `alert-delivery-${firingEventId}.${channel.toLowerCase()}`,
} as const;

export const ALERT_RULE_EVENT_TYPES = [
  'AlertRuleCreated',
  'AlertRuleChanged',
  'AlertRuleMuted',
  'AlertRuleUnmuted',
  'AlertRuleDeleted',
] as const;
export const ALERT_FIRING_EVENT_TYPES = ['AlertFired', 'AlertCleared'] as const;
export const ALERT_DELIVERY_EVENT_TYPES = [
  'AlertDeliveryAttempted',
  'AlertDeliverySucceeded',
  'AlertDeliveryFailed',
] as const;
export const ALERT_EVENT_TYPES = [
  ...ALERT_RULE_EVENT_TYPES,
  ...ALERT_FIRING_EVENT_TYPES,
  ...ALERT_DELIVERY_EVENT_TYPES,
] as const;
export type AlertEventType = (typeof ALERT_EVENT_TYPES)[number];
