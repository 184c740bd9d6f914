import type { AppliedBatch } from './applied-batches.ts';
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
  readonly #options: RunnerOptions;

  constructor(registrations: R, options: RunnerOptions) {
    this.#options = options;
    const runners = new Map<string, ProjectionRunner<unknown>>();
    const readModels: Record<string, () => ReadModel<unknown>> = {};
    for (const [key, registration] of Object.entries(registrations)) {
      const runner = new ProjectionRunner(registration, options);
      if (runners.has(runner.name)) throw new Error(`two projections are named ${runner.name}`);
      runners.set(runner.name, runner);
      readModels[key] = () => runner.read();
    }
    this.#runners = runners;
    this.readModels = readModels as ReadModels<R>;
  }

  get names(): readonly string[] {
    return [...this.#runners.keys()];
  }

  /** Starts every projection catching up; resolves once they are running, not once they are live. */
  async start(): Promise<void> {
    await Promise.all([...this.#runners.values()].map((runner) => runner.start()));
  }

  /** Resolves when every projection has caught up; rejects if one fails first. */
  async whenLive(): Promise<void> {
    await Promise.all([...this.#runners.values()].map((runner) => runner.whenLive()));
  }

  async stop(): Promise<void> {
    await Promise.all([...this.#runners.values()].map((runner) => runner.stop()));
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

  #runner(name: string): ProjectionRunner<unknown> {
    const runner = this.#runners.get(name);
    if (!runner) throw new Error(`no projection is named ${name}; known: ${this.names.join(', ')}`);
    return runner;
  }
}
