import type { LiveReadModel } from '@kpi/projections';
import type { AppliedBatch } from './applied-batches.ts';
import { ReadModelBehind, withinTimeout } from './position-waiters.ts';
import { ProjectionRunner, type RunnerOptions, type RunnerStatus } from './projection-runner.ts';
import type { ProjectionRegistration } from './runnable-projection.ts';

/** A read model as queries see it: the state and the log position it reflects. */
export interface ReadModel<S> {
  readonly state: S;
  readonly position: number;
}

// biome-ignore lint/suspicious/noExplicitAny: a registry holds projections of unrelated state types
export type Registrations = Record<string, ProjectionRegistration<any>>;

type StateOf<R> = R extends ProjectionRegistration<infer S> ? S : never;

/** One accessor per registered projection, by its registry key: `readModels.kpi()`. */
export type ReadModels<R extends Registrations> = { readonly [K in keyof R]: () => ReadModel<StateOf<R[K]>> };

export interface ProjectionStatus extends RunnerStatus {
  /** Events after the checkpoint that the projection has still to apply. */
  readonly lag: number;
  readonly headPosition: number;
}

/**
 * Runs every registered projection side by side, each with its own checkpoint, and answers for
 * them together: their read models, their states and lag, and whether all have caught up.
 */
export class ProjectionRuntime<R extends Registrations> {
  readonly readModels: ReadModels<R>;
  readonly #runners: ReadonlyMap<string, ProjectionRunner<unknown>>;
  readonly #byKey: ReadonlyMap<keyof R, ProjectionRunner<unknown>>;
  readonly #started = new Set<ProjectionRunner<unknown>>();
  readonly #options: RunnerOptions;

  constructor(registrations: R, options: RunnerOptions) {
    this.#options = options;
    const runners = new Map<string, ProjectionRunner<unknown>>();
    const byKey = new Map<keyof R, ProjectionRunner<unknown>>();
    const readModels: Record<string, () => ReadModel<unknown>> = {};
    for (const [key, registration] of Object.entries(registrations)) {
      const runner = new ProjectionRunner(registration, options);
      if (runners.has(runner.name)) throw new Error(`two projections are named ${runner.name}`);
      runners.set(runner.name, runner);
      byKey.set(key, runner);
      readModels[key] = () => runner.read();
    }
    this.#runners = runners;
    this.#byKey = byKey;
    this.readModels = readModels as ReadModels<R>;
  }

  get names(): readonly string[] {
    return [...this.#runners.keys()];
  }

  /**
   * Starts the named projections (all when none are named) catching up; those already running
   * are left as they are. Resolves once they are running, not once they are live. The composition
   * root starts the accounts' read model first: the first administrator is created through it.
   */
  async start(keys: readonly (keyof R)[] = [...this.#byKey.keys()]): Promise<void> {
    const starting = keys.map((key) => this.#keyed(key)).filter((runner) => !this.#started.has(runner));
    for (const runner of starting) this.#started.add(runner);
    await Promise.all(starting.map((runner) => runner.start()));
    // Once all are live, those that folded a long way save, one after the other: saving a large
    // state takes seconds of this thread, which before held the others' catch-up (16 s for the
    // KPI read model at 3.6M events, at a start that folded any tail after its snapshot).
    void Promise.all(starting.map((runner) => runner.whenLive())).then(
      async () => {
        for (const runner of starting) await runner.saveAfterCatchUp(this.#options.saveAfterCatchUp ?? 0);
      },
      () => undefined,
    );
  }

  /**
   * Resolves once each named read model has applied the log up to `position`: what a caller
   * awaits after an append (the position the store answered) before reading its own write. Each
   * named model must handle the event at that position. Rejects with `ReadModelBehind` after the
   * timeout (default 10 s), or with the fault of a projection that failed.
   */
  async waitFor(position: number, keys: readonly (keyof R)[]): Promise<void> {
    const timeoutMs = this.#options.waitForTimeoutMs ?? 10_000;
    await Promise.all(
      keys.map((key) => {
        const runner = this.#keyed(key);
        return withinTimeout(
          runner.reach(position),
          timeoutMs,
          () => new ReadModelBehind(String(key), position, runner.read().position, timeoutMs),
        );
      }),
    );
  }

  /** One read model, for code below the API that reads its own writes through it. */
  live<K extends keyof R>(key: K): LiveReadModel<StateOf<R[K]>> {
    const runner = this.#keyed(key);
    return {
      current: () => runner.read() as ReadModel<StateOf<R[K]>>,
      waitFor: (position) => this.waitFor(position, [key]),
    };
  }

  /** Resolves when the named projections (all when none are named) have caught up; rejects if one fails first. */
  async whenLive(keys: readonly (keyof R)[] = [...this.#byKey.keys()]): Promise<void> {
    await Promise.all(keys.map((key) => this.#keyed(key).whenLive()));
  }

  async stop(): Promise<void> {
    await Promise.all([...this.#runners.values()].map((runner) => runner.stop()));
    this.#started.clear();
  }

  /** Rebuilds the named projections (all when none are named) from the start of the log. */
  async rebuild(names: readonly string[] = this.names): Promise<void> {
    const runners = names.map((name) => this.#runner(name));
    await Promise.all(runners.map((runner) => runner.rebuild()));
  }

  async statuses(): Promise<ProjectionStatus[]> {
    const head = await this.#options.store.headPosition();
    return Promise.all(
      [...this.#runners.values()].map(async (runner) => ({
        ...runner.status(),
        lag: await runner.lag(head),
        headPosition: head,
      })),
    );
  }

  /** Every projection has caught up since start and none has failed: queries answer with current data. */
  ready(): boolean {
    return [...this.#runners.values()].every((runner) => {
      const status = runner.status();
      return status.caughtUp && status.state !== 'failed' && status.state !== 'stopped';
    });
  }

  onApplied(listener: (batch: AppliedBatch) => void): () => void {
    const stops = [...this.#runners.values()].map((runner) => runner.onApplied(listener));
    return () => {
      for (const stop of stops) stop();
    };
  }

  #keyed(key: keyof R): ProjectionRunner<unknown> {
    const runner = this.#byKey.get(key);
    if (!runner) throw new Error(`no read model is registered as ${String(key)}`);
    return runner;
  }

  #runner(name: string): ProjectionRunner<unknown> {
    const runner = this.#runners.get(name);
    if (!runner) throw new Error(`no projection is named ${name}; known: ${this.names.join(', ')}`);
    return runner;
  }
}
