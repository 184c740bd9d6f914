import type { FieldIssue } from '@kpi/schema';
import { REPORT_CADENCES, SCHEDULE_LANGUAGES } from '@kpi/schema';
import type { ReportScheduleView } from '../../../alerts/alert-log-state.ts';
import type { AlertOutcome } from '../../../alerts/alert-refusal.ts';
import { REPORT_SCHEDULERS } from '../../../identity/policy.ts';
import { builder } from '../../builder.ts';
import { fieldIssueFields } from '../results/field-issue-fields.ts';
import { alertsOf } from './alerts-of.ts';
import { isFailing, ScheduleSendingRef, sendingOf } from './schedule-sending.ts';

/**
 * The chair's report schedules: after each month, quarter or third, the review report of the
 * period just closed is e-mailed to the schedule's recipients, for its unit and in its language.
 */
const ReportCadenceEnum = builder.enumType('ReportCadence', {
  values: REPORT_CADENCES,
  description: 'After each month, quarter, or third (the four-monthly review).',
});
const ReportLanguageEnum = builder.enumType('ReportLanguage', { values: SCHEDULE_LANGUAGES });

const ReportScheduleRef = builder.objectRef<ReportScheduleView>('ReportSchedule').implement({
  fields: (t) => ({
    id: t.exposeID('scheduleId'),
    cadence: t.field({ type: ReportCadenceEnum, resolve: (s) => s.cadence }),
    unit: t.exposeString('unit', {
      description: 'KZ for the whole country, or a region code such as KZ-15.',
    }),
    lang: t.field({ type: ReportLanguageEnum, resolve: (s) => s.lang }),
    recipients: t.exposeStringList('recipients'),
    createdBy: t.exposeString('createdBy'),
    createdAt: t.field({ type: 'DateTime', resolve: (s) => s.createdAt }),
    updatedAt: t.field({ type: 'DateTime', resolve: (s) => s.updatedAt }),
    revision: t.exposeInt('revision', { description: 'Pass it back when changing or withdrawing it.' }),
    lastSentPeriod: t.string({
      nullable: true,
      description: 'The last period whose report was mailed; null before the first.',
      resolve: (s, _args, ctx) => sendingOf(ctx, s.scheduleId).lastSentPeriod,
    }),
    lastSentAt: t.field({
      type: 'DateTime',
      nullable: true,
      resolve: (s, _args, ctx) => sendingOf(ctx, s.scheduleId).lastSentAt,
    }),
    failing: t.boolean({
      description: 'True while the latest period’s report is failing: waiting for a retry, or given up.',
      resolve: (s, _args, ctx) => isFailing(sendingOf(ctx, s.scheduleId)),
    }),
    sending: t.field({
      type: ScheduleSendingRef,
      nullable: true,
      description: 'The latest period’s sending; null before the first period closes.',
      resolve: (s, _args, ctx) => sendingOf(ctx, s.scheduleId).latest,
    }),
  }),
});

type Refusal = Exclude<AlertOutcome<never>, { ok: true }>;
type Refused<K extends string> = Extract<Refusal, { kind: K }>;

const IssueRef = builder.objectRef<FieldIssue>('ReportScheduleFieldIssue').implement({
  fields: (t) => fieldIssueFields(t, 'The input field, dotted: `cadence`, `recipients.0`.'),
});
const SucceededRef = builder
  .objectRef<{ schedule: ReportScheduleView }>('ReportScheduleSucceeded')
  .implement({
    fields: (t) => ({ schedule: t.field({ type: ReportScheduleRef, resolve: (r) => r.schedule }) }),
  });
const ValidationRef = builder
  .objectRef<Refused<'ValidationFailed'>>('ReportScheduleValidationFailed')
  .implement({ fields: (t) => ({ issues: t.field({ type: [IssueRef], resolve: (r) => [...r.issues] }) }) });
const NotFoundRef = builder.objectRef<Refused<'NotFound'>>('ReportScheduleNotFound').implement({
  fields: (t) => ({ scheduleId: t.exposeString('id'), message: t.exposeString('message') }),
});
const ForbiddenRef = builder.objectRef<Refused<'Forbidden'>>('ReportScheduleForbidden').implement({
  fields: (t) => ({ message: t.exposeString('message') }),
});
const ConflictRef = builder.objectRef<Refused<'Conflict'>>('ReportScheduleConflict').implement({
  fields: (t) => ({ message: t.exposeString('message'), currentRevision: t.exposeInt('currentRevision') }),
});

type ScheduleResult = { schedule: ReportScheduleView } | Refusal;
const REFUSAL_REFS = {
  ValidationFailed: ValidationRef,
  NotFound: NotFoundRef,
  Forbidden: ForbiddenRef,
  Conflict: ConflictRef,
} as const;

const ReportScheduleResultRef = builder.unionType('ReportScheduleResult', {
  types: [SucceededRef, ValidationRef, NotFoundRef, ForbiddenRef, ConflictRef],
  resolveType: (r: ScheduleResult) => ('schedule' in r ? SucceededRef : REFUSAL_REFS[r.kind]),
});
const resultOf = (outcome: AlertOutcome<ReportScheduleView>): ScheduleResult =>
  outcome.ok ? { schedule: outcome.value } : outcome;

const submissionId = {
  required: true,
  description: 'Chosen by the client; a resubmission answers as the first.',
} as const;
// Strings rather than the enums on input: an unknown cadence, unit or language is refused naming
// the field, as the form shows it, instead of failing the whole request.
const CreateReportScheduleInput = builder.inputType('CreateReportScheduleInput', {
  fields: (t) => ({
    submissionId: t.id(submissionId),
    cadence: t.string({ required: true, description: 'MONTHLY, QUARTERLY or FOUR_MONTHLY.' }),
    unit: t.string({
      required: true,
      description: 'KZ for the whole country, or a region code such as KZ-15.',
    }),
    lang: t.string({ required: true, description: 'ru, kk or en.' }),
    recipients: t.stringList({ required: true, description: 'E-mail addresses: at least one, at most 20.' }),
  }),
});
const ChangeReportScheduleInput = builder.inputType('ChangeReportScheduleInput', {
  fields: (t) => ({
    submissionId: t.id(submissionId),
    scheduleId: t.id({ required: true }),
    cadence: t.string({ required: true }),
    unit: t.string({ required: true }),
    lang: t.string({ required: true }),
    recipients: t.stringList({ required: true }),
    expectedRevision: t.int({ required: false }),
  }),
});
const WithdrawReportScheduleInput = builder.inputType('WithdrawReportScheduleInput', {
  fields: (t) => ({
    submissionId: t.id(submissionId),
    scheduleId: t.id({ required: true }),
    expectedRevision: t.int({ required: false }),
  }),
});

const schedulers = { role: [...REPORT_SCHEDULERS] };

builder.queryField('reportSchedules', (t) =>
  t.field({
    type: [ReportScheduleRef],
    description: 'The report schedules not withdrawn, newest first. The chair and deputy chairs only.',
    authScopes: schedulers,
    resolve: (_root, _args, ctx) => alertsOf(ctx).listSchedules(),
  }),
);

builder.mutationFields((t) => ({
  createReportSchedule: t.field({
    type: ReportScheduleResultRef,
    description: 'Schedules the review report by e-mail. The chair and deputy chairs only.',
    authScopes: schedulers,
    args: { input: t.arg({ type: CreateReportScheduleInput, required: true }) },
    resolve: async (_root, { input }, ctx) =>
      resultOf(
        await alertsOf(ctx).schedules.create(
          ctx.viewer!,
          { ...input, submissionId: String(input.submissionId) },
          ctx.correlationId,
        ),
      ),
  }),
  changeReportSchedule: t.field({
    type: ReportScheduleResultRef,
    description:
      'Replaces a schedule’s cadence, unit, language and recipients. The chair and deputy chairs only.',
    authScopes: schedulers,
    args: { input: t.arg({ type: ChangeReportScheduleInput, required: true }) },
    resolve: async (_root, { input }, ctx) =>
      resultOf(
        await alertsOf(ctx).schedules.change(
          ctx.viewer!,
          {
            ...input,
            submissionId: String(input.submissionId),
            scheduleId: String(input.scheduleId),
            expectedRevision: input.expectedRevision ?? null,
          },
          ctx.correlationId,
        ),
      ),
  }),
  withdrawReportSchedule: t.field({
    type: ReportScheduleResultRef,
    description: 'Withdraws a schedule: nothing more is sent for it. The chair and deputy chairs only.',
    authScopes: schedulers,
    args: { input: t.arg({ type: WithdrawReportScheduleInput, required: true }) },
    resolve: async (_root, { input }, ctx) =>
      resultOf(
        await alertsOf(ctx).schedules.withdraw(
          ctx.viewer!,
          {
            submissionId: String(input.submissionId),
            scheduleId: String(input.scheduleId),
            expectedRevision: input.expectedRevision ?? null,
          },
          ctx.correlationId,
        ),
      ),
  }),
}));
