import { TARGET_DIRECTIONS } from '@kpi/schema';
import type { Command } from '../../../commands/command.ts';
import { REFUSED, TARGET_SETTERS } from '../../../identity/policy.ts';
import { builder } from '../../builder.ts';
import { submit } from '../mutations/submit.ts';
import { commandResultType } from '../results/command-result.ts';

export const TargetDirectionEnum = builder.enumType('TargetDirection', {
  description: 'Whether the KPI should be at least or at most the target value.',
  values: TARGET_DIRECTIONS,
});

const submissionId = {
  required: true,
  description: 'Chosen by the client, unique per submission (a UUID): sending it again stores nothing new.',
} as const;

const keyFields = {
  kpi: 'The KPI name, e.g. causesRemoved (see docs/kpi.md).',
  unit: "KZ for the whole country, a region's code such as KZ-15, or a central state body's code from the catalogue such as MIN-HEALTH.",
  period: 'A year (2026) or a quarter (2026-Q2).',
} as const;

const SetTargetInput = builder.inputType('SetTargetInput', {
  fields: (t) => ({
    submissionId: t.id(submissionId),
    kpi: t.string({ required: true, description: keyFields.kpi }),
    unit: t.string({ required: true, description: keyFields.unit }),
    period: t.string({ required: true, description: keyFields.period }),
    value: t.float({
      required: true,
      description: 'A rate as a fraction 0..1; counts, sums and days not negative.',
    }),
    direction: t.field({ type: TargetDirectionEnum, required: true }),
    occurredOn: t.field({ type: 'Date', required: true, description: 'The day the chair set it.' }),
  }),
});

const WithdrawTargetInput = builder.inputType('WithdrawTargetInput', {
  fields: (t) => ({
    submissionId: t.id(submissionId),
    kpi: t.string({ required: true, description: keyFields.kpi }),
    unit: t.string({ required: true, description: keyFields.unit }),
    period: t.string({ required: true, description: keyFields.period }),
    occurredOn: t.field({ type: 'Date', required: true, description: 'The day the chair withdrew it.' }),
  }),
});

const idDescription = 'The target, named by its KPI, unit and period: `causesRemoved.KZ-15.2026-Q2`.';
const SetTargetResult = commandResultType('SetTarget', 'targetId', idDescription);
const WithdrawTargetResult = commandResultType('WithdrawTarget', 'targetId', idDescription);

const onlyTheChair = () => ({
  kind: 'Forbidden' as const,
  message: REFUSED.onlyChairSetsTargets,
});

const targetMutation = (
  field: string,
  command: Extract<Command['type'], 'SetTarget' | 'WithdrawTarget'>,
  input: typeof SetTargetInput | typeof WithdrawTargetInput,
  result: typeof SetTargetResult,
  description: string,
) =>
  builder.mutationField(field, (t) =>
    t.field({
      type: result,
      description,
      authScopes: { role: [...TARGET_SETTERS] },
      unauthorizedResolver: onlyTheChair,
      args: { input: t.arg({ type: input, required: true }) },
      resolve: (_root, args, ctx) => submit(ctx, command, args.input as Parameters<typeof submit>[2]),
    }),
  );

targetMutation(
  'setTarget',
  'SetTarget',
  SetTargetInput,
  SetTargetResult,
  'Sets the target for a KPI, a unit and a period, replacing the one in force. The chair only.',
);
targetMutation(
  'withdrawTarget',
  'WithdrawTarget',
  WithdrawTargetInput,
  WithdrawTargetResult,
  'Withdraws the target in force for a KPI, a unit and a period. The chair only.',
);
