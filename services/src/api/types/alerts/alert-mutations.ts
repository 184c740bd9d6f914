import type { RuleAction } from '../../../alerts/alert-rules.ts';
import { ALERT_MANAGERS } from '../../../identity/policy.ts';
import { builder } from '../../builder.ts';
import { AlertRuleResultRef, alertRuleResult } from './alert-results.ts';
import { AlertConditionKindEnum, AlertTargetStatusEnum, ThresholdDirectionEnum } from './alert-rule.ts';
import { alertsOf } from './alerts-of.ts';

const submissionId = {
  required: true,
  description: 'Chosen by the client; a resubmission answers as the first.',
} as const;

const AlertConditionInput = builder.inputType('AlertConditionInput', {
  fields: (t) => ({
    kind: t.field({ type: AlertConditionKindEnum, required: true }),
    kpi: t.string({
      required: false,
      description: 'The KPI name, e.g. causesRemoved (not for REGION_SILENT or RECURRENCE_APPEARED).',
    }),
    unit: t.string({
      required: true,
      description:
        "KZ for the whole country, a region's code such as KZ-15, or (for TARGET_STATUS and KPI_THRESHOLD) a central state body's code from the catalogue such as MIN-HEALTH.",
    }),
    period: t.string({
      required: false,
      description: 'A year (2026) or a quarter (2026-Q2) (not for REGION_SILENT or RECURRENCE_APPEARED).',
    }),
    days: t.int({
      required: false,
      description: 'REGION_SILENT: fire after this many days without a record.',
    }),
    statuses: t.field({
      type: [AlertTargetStatusEnum],
      required: false,
      description:
        'TARGET_STATUS: the rule fires when the target has one of these statuses, and clears when it has none of them.',
    }),
    threshold: t.float({
      required: false,
      description: 'KPI_THRESHOLD: the value the KPI is compared with.',
    }),
    direction: t.field({
      type: ThresholdDirectionEnum,
      required: false,
      description: 'KPI_THRESHOLD: fire while the KPI is strictly ABOVE or BELOW the threshold.',
    }),
  }),
});

const AlertRecipientsInput = builder.inputType('AlertRecipientsInput', {
  fields: (t) => ({
    emails: t.stringList({ required: true, description: 'Addresses to e-mail; may be empty.' }),
    webhookUrl: t.string({ required: false, description: 'An http(s) URL to POST each firing to, signed.' }),
    // A string rather than an enum: another value is refused naming `recipients.lang`.
    lang: t.string({
      required: false,
      description: 'ru, kk or en: the language of the e-mails; Russian when absent.',
    }),
  }),
});

const ruleFields = {
  name: { required: true },
} as const;

const CreateAlertRuleInput = builder.inputType('CreateAlertRuleInput', {
  fields: (t) => ({
    submissionId: t.id(submissionId),
    name: t.string(ruleFields.name),
    condition: t.field({ type: AlertConditionInput, required: true }),
    recipients: t.field({ type: AlertRecipientsInput, required: true }),
  }),
});

const ChangeAlertRuleInput = builder.inputType('ChangeAlertRuleInput', {
  fields: (t) => ({
    submissionId: t.id(submissionId),
    ruleId: t.id({ required: true }),
    name: t.string(ruleFields.name),
    condition: t.field({ type: AlertConditionInput, required: true }),
    recipients: t.field({ type: AlertRecipientsInput, required: true }),
    expectedRevision: t.int({ required: false }),
  }),
});

const AlertRuleActionInput = builder.inputType('AlertRuleActionInput', {
  fields: (t) => ({
    submissionId: t.id(submissionId),
    ruleId: t.id({ required: true }),
    expectedRevision: t.int({ required: false }),
  }),
});

const managers = { role: [...ALERT_MANAGERS] };

const recipientsOf = (r: {
  emails: readonly string[];
  webhookUrl?: string | null | undefined;
  lang?: string | null | undefined;
}) => ({
  emails: r.emails,
  webhookUrl: r.webhookUrl ?? null,
  ...(r.lang ? { lang: r.lang } : {}),
});

/** GraphQL sends an absent optional field as null; the condition's fields of another kind are left out. */
const conditionOf = (input: Record<string, unknown>) =>
  Object.fromEntries(Object.entries(input).filter(([, value]) => value !== null && value !== undefined));

const actionMutation = (action: RuleAction, description: string) =>
  builder.mutationField(`${action}AlertRule`, (t) =>
    t.field({
      type: AlertRuleResultRef,
      description,
      authScopes: managers,
      args: { input: t.arg({ type: AlertRuleActionInput, required: true }) },
      resolve: async (_root, { input }, ctx) =>
        alertRuleResult(
          await alertsOf(ctx).rules.act(
            ctx.viewer!,
            action,
            { ...input, submissionId: String(input.submissionId), ruleId: String(input.ruleId) },
            ctx.correlationId,
          ),
        ),
    }),
  );

builder.mutationFields((t) => ({
  createAlertRule: t.field({
    type: AlertRuleResultRef,
    description: 'Creates an alert rule. The chair and analysts only.',
    authScopes: managers,
    args: { input: t.arg({ type: CreateAlertRuleInput, required: true }) },
    resolve: async (_root, { input }, ctx) =>
      alertRuleResult(
        await alertsOf(ctx).rules.create(
          ctx.viewer!,
          {
            submissionId: String(input.submissionId),
            name: input.name,
            condition: conditionOf(input.condition),
            recipients: recipientsOf(input.recipients),
          },
          ctx.correlationId,
        ),
      ),
  }),
  changeAlertRule: t.field({
    type: AlertRuleResultRef,
    description: 'Replaces a rule’s name, condition and recipients. The chair and analysts only.',
    authScopes: managers,
    args: { input: t.arg({ type: ChangeAlertRuleInput, required: true }) },
    resolve: async (_root, { input }, ctx) =>
      alertRuleResult(
        await alertsOf(ctx).rules.change(
          ctx.viewer!,
          {
            submissionId: String(input.submissionId),
            ruleId: String(input.ruleId),
            name: input.name,
            condition: conditionOf(input.condition),
            recipients: recipientsOf(input.recipients),
            expectedRevision: input.expectedRevision ?? null,
          },
          ctx.correlationId,
        ),
      ),
  }),
}));

actionMutation('mute', 'Mutes a rule: it is not judged until unmuted, so it neither fires nor clears.');
actionMutation('unmute', 'Unmutes a rule: it is judged again at once.');
actionMutation('delete', 'Deletes a rule; its past firings stay in the list.');
