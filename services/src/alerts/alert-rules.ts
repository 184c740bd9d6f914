import {
  type AlertEventType,
  AlertRuleChangedData,
  AlertRuleCreatedData,
  alertStreams,
  almatyDate,
  toFieldIssues,
} from '@kpi/schema';
import { deriveId } from '../charts/derive-id.ts';
import { ALERT_MANAGERS, hasRole, REFUSED } from '../identity/policy.ts';
import type { Viewer } from '../identity/viewer.ts';
import { DuplicateEventIdError, type EventStore, WrongExpectedRevisionError } from '../store/port.ts';
import { alertEvent } from './alert-events.ts';
import type { AlertRuleView } from './alert-log-state.ts';
import { type AlertOutcome, asInputIssues, refused, succeeded } from './alert-refusal.ts';
import { foldRule } from './rule-stream.ts';

export interface RuleInput {
  readonly submissionId: string;
  readonly name: string;
  readonly condition: unknown;
  readonly recipients: unknown;
}
export interface ChangeRuleInput extends RuleInput {
  readonly ruleId: string;
  readonly expectedRevision?: number | null;
}
export interface RuleActionInput {
  readonly submissionId: string;
  readonly ruleId: string;
  readonly expectedRevision?: number | null;
}
export type RuleAction = 'mute' | 'unmute' | 'delete';

const ACTION_EVENT = {
  mute: 'AlertRuleMuted',
  unmute: 'AlertRuleUnmuted',
  delete: 'AlertRuleDeleted',
} as const satisfies Record<RuleAction, AlertEventType>;

const forbidden = refused({ kind: 'Forbidden', message: REFUSED.onlyAlertManagers });
const conflict = (currentRevision: number) =>
  refused({
    kind: 'Conflict',
    currentRevision,
    message: 'someone changed this alert rule meanwhile; reopen it to see the latest version',
  });

/**
 * Alert rules as events: the chair and analysts create, change, mute, unmute and delete them, one
 * stream per rule, each change appended with the revision it was decided on.
 */
export class AlertRules {
  readonly #store: EventStore;
  readonly #clock: () => Date;

  constructor(deps: { readonly store: EventStore; readonly clock: () => Date }) {
    this.#store = deps.store;
    this.#clock = deps.clock;
  }

  async create(
    viewer: Viewer,
    input: RuleInput,
    correlationId: string,
  ): Promise<AlertOutcome<AlertRuleView>> {
    if (!hasRole(viewer, ALERT_MANAGERS)) return forbidden;
    const ruleId = deriveId('alert-rule', viewer.userId, input.submissionId);
    const now = this.#clock();
    const parsed = AlertRuleCreatedData.safeParse({
      ...ruleBody(input),
      ruleId,
      occurredOn: almatyDate(now),
    });
    if (!parsed.success)
      return refused({ kind: 'ValidationFailed', issues: asInputIssues(toFieldIssues(parsed.error)) });
    const author = {
      userId: viewer.userId,
      submissionId: input.submissionId,
      correlationId,
      channel: 'api',
    } as const;
    const event = alertEvent('AlertRuleCreated', parsed.data, author, now, [ruleId, '0']);
    try {
      await this.#store.append(alertStreams.rule(ruleId), [event], { expectedRevision: 'no_stream' });
    } catch (error) {
      // The same submission arrived twice: it answers as the first did.
      if (!(error instanceof WrongExpectedRevisionError || error instanceof DuplicateEventIdError))
        throw error;
    }
    return succeeded((await this.read(ruleId))!);
  }

  async change(
    viewer: Viewer,
    input: ChangeRuleInput,
    correlationId: string,
  ): Promise<AlertOutcome<AlertRuleView>> {
    const found = await this.#editable(viewer, input.ruleId, input.expectedRevision);
    if (!found.ok) return found;
    const now = this.#clock();
    const parsed = AlertRuleChangedData.safeParse({
      ...ruleBody(input),
      ruleId: found.value.ruleId,
      occurredOn: almatyDate(now),
    });
    if (!parsed.success)
      return refused({ kind: 'ValidationFailed', issues: asInputIssues(toFieldIssues(parsed.error)) });
    const unchanged =
      JSON.stringify([parsed.data.name, parsed.data.condition, parsed.data.recipients]) ===
      JSON.stringify([found.value.name, found.value.condition, found.value.recipients]);
    if (unchanged) return succeeded(found.value);
    return this.#append(
      viewer,
      found.value,
      'AlertRuleChanged',
      parsed.data,
      input.submissionId,
      correlationId,
    );
  }

  async act(
    viewer: Viewer,
    action: RuleAction,
    input: RuleActionInput,
    correlationId: string,
  ): Promise<AlertOutcome<AlertRuleView>> {
    const found = await this.#editable(viewer, input.ruleId, input.expectedRevision);
    if (!found.ok) return found;
    const rule = found.value;
    // Muting a muted rule, or unmuting a live one, changes nothing and is no error.
    if ((action === 'mute' && rule.muted) || (action === 'unmute' && !rule.muted)) return succeeded(rule);
    const data = { ruleId: rule.ruleId, occurredOn: almatyDate(this.#clock()) };
    return this.#append(viewer, rule, ACTION_EVENT[action], data, input.submissionId, correlationId);
  }

  /** The rule as its stream tells it now; null when unknown. */
  async read(ruleId: string): Promise<AlertRuleView | null> {
    if (!/^[0-9a-f-]{36}$/i.test(ruleId)) return null;
    return foldRule(await this.#store.readStream(alertStreams.rule(ruleId.toLowerCase())));
  }

  async #editable(
    viewer: Viewer,
    ruleId: string,
    expectedRevision: number | null | undefined,
  ): Promise<AlertOutcome<AlertRuleView>> {
    if (!hasRole(viewer, ALERT_MANAGERS)) return forbidden;
    const rule = await this.read(ruleId);
    if (rule === null || rule.deleted) {
      return refused({
        kind: 'NotFound',
        id: ruleId,
        message: `alert rule ${ruleId} does not exist or was deleted`,
      });
    }
    if (expectedRevision !== undefined && expectedRevision !== null && expectedRevision !== rule.revision)
      return conflict(rule.revision);
    return succeeded(rule);
  }

  async #append(
    viewer: Viewer,
    rule: AlertRuleView,
    type: AlertEventType,
    data: unknown,
    submissionId: string,
    correlationId: string,
  ): Promise<AlertOutcome<AlertRuleView>> {
    const author = { userId: viewer.userId, submissionId, correlationId, channel: 'api' } as const;
    const event = alertEvent(type, data, author, this.#clock(), [rule.ruleId, viewer.userId, submissionId]);
    try {
      await this.#store.append(alertStreams.rule(rule.ruleId), [event], { expectedRevision: rule.revision });
    } catch (error) {
      if (error instanceof DuplicateEventIdError) return succeeded((await this.read(rule.ruleId))!);
      if (!(error instanceof WrongExpectedRevisionError)) throw error;
      const current = await this.read(rule.ruleId);
      return conflict(current?.revision ?? rule.revision);
    }
    return succeeded((await this.read(rule.ruleId))!);
  }
}

const ruleBody = (input: RuleInput) => ({
  name: input.name,
  condition: input.condition,
  recipients: input.recipients,
});
