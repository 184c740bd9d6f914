import { alertStreams, almatyDate, type EventData, isGovernedUnitForm } from '@kpi/schema';
import { deriveId } from '../charts/derive-id.ts';
import { type AlertRuleCommand, alertRuleDecider } from '../commands/alert-rule-decider.ts';
import type { CommandServices } from '../commands/command-services.ts';
import { handleCommand } from '../commands/handle.ts';
import { streamCommand } from '../commands/stream-decider.ts';
import type { StreamCommandResult } from '../commands/stream-handle.ts';
import { isGovernedUnit, SEEDED_UNITS, unknownBodyMessage } from '../commands/unit-catalogue.ts';
import { ALERT_MANAGERS, hasRole, REFUSED } from '../identity/policy.ts';
import type { Viewer } from '../identity/viewer.ts';
import type { EventStore } from '../store/port.ts';
import type { AlertRuleView } from './alert-log-state.ts';
import { type AlertOutcome, refused, succeeded } from './alert-refusal.ts';
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

const ACTION_COMMAND = {
  mute: 'MuteAlertRule',
  unmute: 'UnmuteAlertRule',
  delete: 'DeleteAlertRule',
} as const satisfies Record<RuleAction, AlertRuleCommand['type']>;

const forbidden = refused({ kind: 'Forbidden', message: REFUSED.onlyAlertManagers });

/**
 * Alert rules as events: the chair and analysts create, change, mute, unmute and delete them.
 * Each change is decided by the alert-rule decider against the rule's own stream through the one
 * command path (`handleCommand`), appended with the revision it was decided on.
 */
export class AlertRules {
  readonly #services: CommandServices;

  constructor(deps: {
    readonly store: EventStore;
    readonly clock: () => Date;
    readonly metrics?: CommandServices['metrics'];
    /** The catalogue of central bodies a rule's unit is checked against; absent: the seeded one. */
    readonly isCentralBody?: (code: string) => boolean;
  }) {
    this.#services = deps;
  }

  async create(
    viewer: Viewer,
    input: RuleInput,
    correlationId: string,
  ): Promise<AlertOutcome<AlertRuleView>> {
    if (!hasRole(viewer, ALERT_MANAGERS)) return forbidden;
    const ruleId = deriveId('alert-rule', viewer.userId, input.submissionId);
    const data = { ...ruleBody(input), ruleId, occurredOn: this.#today() } as EventData<'AlertRuleCreated'>;
    const unknown = this.#unknownBody(input.condition);
    if (unknown) return unknown;
    return this.#submit(viewer, { type: 'CreateAlertRule', data }, input.submissionId, correlationId);
  }

  async change(
    viewer: Viewer,
    input: ChangeRuleInput,
    correlationId: string,
  ): Promise<AlertOutcome<AlertRuleView>> {
    if (!hasRole(viewer, ALERT_MANAGERS)) return forbidden;
    const unknown = this.#unknownBody(input.condition);
    if (unknown) return unknown;
    const command: AlertRuleCommand = {
      type: 'ChangeAlertRule',
      data: { ...ruleBody(input), ruleId: normalised(input.ruleId), occurredOn: this.#today() },
      expectedRevision: input.expectedRevision ?? undefined,
    };
    return this.#submit(viewer, command, input.submissionId, correlationId);
  }

  async act(
    viewer: Viewer,
    action: RuleAction,
    input: RuleActionInput,
    correlationId: string,
  ): Promise<AlertOutcome<AlertRuleView>> {
    if (!hasRole(viewer, ALERT_MANAGERS)) return forbidden;
    const command: AlertRuleCommand = {
      type: ACTION_COMMAND[action],
      data: { ruleId: normalised(input.ruleId), occurredOn: this.#today() },
      expectedRevision: input.expectedRevision ?? undefined,
    };
    return this.#submit(viewer, command, input.submissionId, correlationId);
  }

  /** The rule as its stream tells it now; null when unknown. */
  async read(ruleId: string): Promise<AlertRuleView | null> {
    if (!isRuleId(ruleId)) return null;
    return foldRule(await this.#services.store.readStream(alertStreams.rule(normalised(ruleId))));
  }

  /**
   * A rule naming a central body the catalogue lacks now is refused at its unit, before anything
   * is written (the event's schema accepts any body's code: the catalogue grows by events). A
   * unit of no unit's form is left to the schema, which names it.
   */
  #unknownBody(condition: unknown): AlertOutcome<never> | null {
    const unit = (condition as { unit?: unknown } | null)?.unit;
    if (typeof unit !== 'string' || !isGovernedUnitForm(unit)) return null;
    const known = this.#services.isCentralBody
      ? { isCentralBody: this.#services.isCentralBody }
      : SEEDED_UNITS;
    if (isGovernedUnit(known, unit)) return null;
    return refused({
      kind: 'ValidationFailed',
      issues: [
        {
          path: 'condition.unit',
          code: 'unknown_central_body',
          message: unknownBodyMessage(unit),
          values: { id: unit },
        },
      ],
    });
  }

  #today(): string {
    return almatyDate(this.#services.clock());
  }

  /** Through the one command path, as the viewer; answers with the rule as its stream then tells it. */
  async #submit(
    viewer: Viewer,
    command: AlertRuleCommand,
    submissionId: string,
    correlationId: string,
  ): Promise<AlertOutcome<AlertRuleView>> {
    const ruleId = command.data.ruleId;
    const result = await handleCommand(
      this.#services,
      viewer,
      streamCommand(alertRuleDecider, alertStreams.rule(ruleId), command),
      { submissionId, correlationId, channel: 'api' },
    );
    if (result.kind === 'Succeeded') return succeeded((await this.read(ruleId))!);
    return this.#refused(result, ruleId);
  }

  async #refused(
    result: Exclude<StreamCommandResult, { kind: 'Succeeded' }>,
    ruleId: string,
  ): Promise<AlertOutcome<never>> {
    switch (result.kind) {
      case 'Conflict':
      case 'SubmissionReused':
        return refused({
          kind: 'Conflict',
          currentRevision: (await this.read(ruleId))?.revision ?? -1,
          message: 'someone changed this alert rule meanwhile; reopen it to see the latest version',
        });
      default:
        return refused(result);
    }
  }
}

const ruleBody = (input: RuleInput) => ({
  name: input.name,
  condition: input.condition,
  recipients: input.recipients,
});

const isRuleId = (id: unknown): id is string => typeof id === 'string' && /^[0-9a-f-]{36}$/i.test(id);
const normalised = (ruleId: string): string => (isRuleId(ruleId) ? ruleId.toLowerCase() : ruleId);
