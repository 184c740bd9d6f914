import type { StreamEvent } from '@kpi/projections';
import { AlertRuleChangedData, alertStreams, type EventData, toFieldIssues } from '@kpi/schema';
import { refuse } from './refusal.ts';
import type { DecidedEvent, StreamDecider } from './stream-decider.ts';

/**
 * The chair's and analysts' alert-rule commands, each decided against the rule's own stream. The
 * caller makes a new rule's id and reads "now".
 */
export type AlertRuleCommand =
  | { readonly type: 'CreateAlertRule'; readonly data: EventData<'AlertRuleCreated'> }
  | {
      readonly type: 'ChangeAlertRule';
      /** As submitted: checked here, so that a change to what the rule already says records nothing. */
      readonly data: { readonly ruleId: string; readonly occurredOn: string } & Record<string, unknown>;
      readonly expectedRevision?: number;
    }
  | {
      readonly type: 'MuteAlertRule' | 'UnmuteAlertRule' | 'DeleteAlertRule';
      readonly data: EventData<'AlertRuleMuted'>;
      readonly expectedRevision?: number;
    };

/** A rule as its stream tells it: null before it is created. */
export type AlertRuleState = {
  readonly revision: number;
  readonly body: string;
  readonly muted: boolean;
  readonly deleted: boolean;
} | null;

/** What a rule says, compared as written: a change to the same name, condition and recipients records nothing. */
const bodyOf = (data: unknown): string => {
  const { name, condition, recipients } = data as Record<string, unknown>;
  return JSON.stringify([name, condition, recipients]);
};

export const evolveAlertRule = (rule: AlertRuleState, event: StreamEvent): AlertRuleState => {
  if (event.type === 'AlertRuleCreated') {
    return { revision: event.revision, body: bodyOf(event.data), muted: false, deleted: false };
  }
  if (rule === null) return null;
  switch (event.type) {
    case 'AlertRuleChanged':
      return { ...rule, revision: event.revision, body: bodyOf(event.data) };
    case 'AlertRuleMuted':
      return { ...rule, revision: event.revision, muted: true };
    case 'AlertRuleUnmuted':
      return { ...rule, revision: event.revision, muted: false };
    case 'AlertRuleDeleted':
      return { ...rule, revision: event.revision, deleted: true };
    default:
      return rule;
  }
};

const ACTION_EVENT = {
  MuteAlertRule: 'AlertRuleMuted',
  UnmuteAlertRule: 'AlertRuleUnmuted',
  DeleteAlertRule: 'AlertRuleDeleted',
} as const;

export const decideAlertRule = (command: AlertRuleCommand, rule: AlertRuleState): DecidedEvent[] => {
  if (command.type === 'CreateAlertRule') {
    // The id derives from the author and the submission: only a resubmission meets it, and that is answered before.
    if (rule !== null) {
      refuse({
        kind: 'Conflict',
        message: `alert rule ${command.data.ruleId} exists already`,
        streamId: alertStreams.rule(command.data.ruleId),
      });
    }
    return [{ type: 'AlertRuleCreated', data: command.data }];
  }
  const live = liveRule(rule, command.data.ruleId, command.expectedRevision);
  switch (command.type) {
    case 'ChangeAlertRule': {
      const parsed = AlertRuleChangedData.safeParse(command.data);
      if (!parsed.success) {
        refuse({
          kind: 'ValidationFailed',
          issues: toFieldIssues(parsed.error, '', command.data).map((i) => ({
            ...i,
            path: i.path.replace(/^data\.?/, ''),
          })),
        });
      }
      const data = parsed.data!;
      return bodyOf(data) === live.body ? [] : [{ type: 'AlertRuleChanged', data }];
    }
    case 'MuteAlertRule':
    case 'UnmuteAlertRule':
    case 'DeleteAlertRule':
      // Muting a muted rule, or unmuting a live one, changes nothing and is no error.
      if (command.type === 'MuteAlertRule' && live.muted) return [];
      if (command.type === 'UnmuteAlertRule' && !live.muted) return [];
      return [{ type: ACTION_EVENT[command.type], data: command.data }];
    default: {
      const unknown: never = command;
      throw new Error(`unknown alert rule command ${(unknown as { type: string }).type}`);
    }
  }
};

/** The rule, when it exists, is not deleted and is at the revision its editor saw. */
const liveRule = (
  rule: AlertRuleState,
  ruleId: string,
  expected: number | undefined,
): NonNullable<AlertRuleState> => {
  if (rule === null || rule.deleted) {
    return refuse({
      kind: 'NotFound',
      id: ruleId,
      message: `alert rule ${ruleId} does not exist or was deleted`,
    });
  }
  if (expected !== undefined && expected !== rule.revision) {
    refuse({
      kind: 'Conflict',
      message: 'someone changed this alert rule meanwhile; reopen it to see the latest version',
      streamId: alertStreams.rule(ruleId),
    });
  }
  return rule;
};

export const alertRuleDecider: StreamDecider<AlertRuleCommand, AlertRuleState> = {
  initialState: () => null,
  evolve: evolveAlertRule,
  decide: decideAlertRule,
};
