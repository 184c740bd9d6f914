import { evaluateConditions, NEVER_FIRED, type Transition, transitionsOf } from '@kpi/projections';
import { type AlertNumbers, alertStreams, almatyDate, type JudgedAt } from '@kpi/schema';
import type { AppProjections } from '../runtime/app-projections.ts';
import { DuplicateEventIdError, type EventStore, WrongExpectedRevisionError } from '../store/port.ts';
import { alertEvent, systemAuthor } from './alert-events.ts';
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
 * `AlertCleared` when it stops. Every replica judges; the firing stream's expected revision and
 * an event id derived from (rule, sequence, kind) let only the first append land.
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
    const data: { numbers: AlertNumbers } & Record<string, unknown> = {
      ruleId: condition.ruleId,
      sequence,
      unit: condition.unit,
      numbers: condition.numbers,
      link: condition.link,
      judgedAt,
      ...(announced ? { announced } : {}),
      occurredOn: almatyDate(now),
    };
    const key = `${condition.ruleId}.${sequence}.${type}`;
    const event = alertEvent(type, data, systemAuthor(key), now, [condition.ruleId, String(sequence)]);
    const state = log.state.firingStates.get(condition.ruleId);
    try {
      const { position } = await store.append(alertStreams.firing(condition.ruleId), [event], {
        expectedRevision: state ? state.revision : 'no_stream',
      });
      // Judge the next change against this firing, not against the state before it.
      await log.caughtUp(position);
    } catch (error) {
      // Another replica recorded this transition (or a later one) first: its event stands.
      if (error instanceof WrongExpectedRevisionError || error instanceof DuplicateEventIdError) return;
      throw error;
    }
  }
}
