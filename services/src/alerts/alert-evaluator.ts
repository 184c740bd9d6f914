import { evaluateConditions, NEVER_FIRED, type Transition, transitionsOf } from '@kpi/projections';
import { alertStreams, almatyDate, type EventData, type JudgedAt } from '@kpi/schema';
import { type AlertFiringCommand, alertFiringDecider } from '../commands/alert-firing-decider.ts';
import { decideAsServer } from '../commands/server-command.ts';
import { streamCommand } from '../commands/stream-decider.ts';
import type { AppProjections } from '../runtime/app-projections.ts';
import type { EventStore } from '../store/port.ts';
import { ALERTS_SYSTEM_USER } from './alert-events.ts';
import type { AlertLog } from './alert-log.ts';

export interface EvaluatorDeps {
  readonly store: EventStore;
  readonly projections: AppProjections;
  readonly log: AlertLog;
  readonly clock: () => Date;
  /** Called when an evaluation fails; it is tried again at the next change. */
  readonly onError?: (error: unknown) => void;
  /** How often the rules are judged with no event at all (default 15 min): see `start`. */
  readonly judgeEveryMs?: number;
}

/**
 * Judges the live rules whenever the KPI or target read models apply new events, or a rule
 * changes, and records each transition once: `AlertFired` when a condition starts to hold,
 * `AlertCleared` when it stops. Every replica judges; each transition is decided through the one
 * command path against the rule's firing stream, so only the first replica's record lands.
 */
export class AlertEvaluator {
  readonly #deps: EvaluatorDeps;
  readonly #stops: (() => void)[] = [];
  #running: Promise<void> | null = null;
  #again = false;

  constructor(deps: EvaluatorDeps) {
    this.#deps = deps;
  }

  /** Starts judging once every read model has caught up: a half-folded log would fire and clear falsely. */
  async start(): Promise<void> {
    const { projections, log } = this.#deps;
    await projections.runtime.whenLive();
    this.#stops.push(
      projections.runtime.onApplied((batch) => {
        if (batch.projection === 'kpi' || batch.projection === 'targets') this.schedule();
      }),
      log.listen((event) => {
        // A rule created, changed or unmuted is judged at once; a firing another replica
        // recorded needs no judgement of ours.
        if (event.type.startsWith('AlertRule')) this.schedule();
      }),
    );
    // Time alone moves some conditions: a running period's count target is pro-rated by the days
    // elapsed, and its days judged end today. A coarse timer re-judges for those; judging every
    // rule costs milliseconds (BENCHMARKS.md), so a quarter of an hour is cheap and soon enough.
    const timer = setInterval(() => this.schedule(), this.#deps.judgeEveryMs ?? 15 * 60_000);
    timer.unref();
    this.#stops.push(() => clearInterval(timer));
    this.schedule();
  }

  /** Judges soon; judgements asked for while one runs collapse into one more. */
  schedule(): void {
    if (this.#running) {
      this.#again = true;
      return;
    }
    this.#running = (async () => {
      do {
        this.#again = false;
        try {
          await this.evaluate();
        } catch (error) {
          this.#deps.onError?.(error);
        }
      } while (this.#again);
      this.#running = null;
    })();
  }

  /** Resolves once no judgement is running (for tests and shutdown). */
  async idle(): Promise<void> {
    while (this.#running) await this.#running;
  }

  stop(): void {
    for (const stop of this.#stops.splice(0)) stop();
  }

  async evaluate(): Promise<void> {
    const { projections, log, clock } = this.#deps;
    const kpis = projections.readModels.kpi();
    const targets = projections.readModels.targets();
    const judgedAt: JudgedAt = { kpi: kpis.position, targets: targets.position };
    const rules = [...log.state.rules.values()].filter((rule) => !rule.deleted && !rule.muted);
    if (rules.length === 0) return;
    const conditions = evaluateConditions(rules, { targets: targets.state, kpis, now: clock() });
    const firings = (ruleId: string) => log.state.firingStates.get(ruleId) ?? NEVER_FIRED;
    for (const transition of transitionsOf(conditions, firings, judgedAt)) {
      await this.#record(transition, judgedAt);
    }
  }

  async #record(transition: Transition, judgedAt: JudgedAt): Promise<void> {
    const { store, log, clock } = this.#deps;
    const { condition, sequence, type, announced } = transition;
    const now = clock();
    const data = {
      ruleId: condition.ruleId,
      sequence,
      // The rule's unit, checked when the rule was recorded.
      unit: condition.unit as EventData<'AlertFired'>['unit'],
      numbers: condition.numbers,
      link: condition.link,
      judgedAt,
      ...(announced ? { announced: [...announced] } : {}),
      occurredOn: almatyDate(now),
    };
    const command: AlertFiringCommand =
      type === 'AlertFired' ? { type: 'RecordAlertFired', data } : { type: 'RecordAlertCleared', data };
    // Another replica that recorded this transition (or a later one) first wins: its event stands.
    const outcome = await decideAsServer(
      { store, clock: () => now },
      ALERTS_SYSTEM_USER,
      streamCommand(alertFiringDecider, alertStreams.firing(condition.ruleId), command),
      `${condition.ruleId}.${sequence}.${type}`,
    );
    // Judge the next change against this firing, not against the state before it.
    if (outcome.landed) await log.caughtUp(outcome.position);
  }
}
