import type { EventStore, RecordedEvent, Subscription } from '../store/port.ts';
import { type AppliedBatch, AppliedBatches } from './applied-batches.ts';
import { backoffDelay, sleep } from './backoff.ts';
import { applyEvent, foldLog, handledEventsAfter } from './fold-log.ts';
import { PositionWaiters } from './position-waiters.ts';
import {
  type FoldingProjection,
  ProjectionFault,
  type ProjectionRegistration,
} from './runnable-projection.ts';
import type { RunnerOptions, RunnerState, RunnerStatus } from './runner-status.ts';
import { SnapshotFile } from './snapshot-file.ts';

export type { RunnerOptions, RunnerState, RunnerStatus } from './runner-status.ts';

class SubscriptionEnded extends Error {
  constructor() {
    super('the subscription ended unexpectedly');
  }
}

/**
 * Feeds one projection: catches up from its checkpoint by reading the log in pages, then follows
 * live through a subscription filtered to the events it handles. A dropped subscription is
 * re-established from the checkpoint with backoff; an event at or before the checkpoint is never
 * applied again. Queries read `read()`, which always pairs a state with the position it reflects.
 */
export class ProjectionRunner<S> {
  readonly name: string;
  readonly #projection: FoldingProjection<S>;
  readonly #store: EventStore;
  readonly #snapshots: SnapshotFile<S> | null;
  readonly #batches: AppliedBatches;
  readonly #options: RunnerOptions;
  readonly #clock: () => Date;
  #state: S;
  #checkpoint = 0;
  #savedCheckpoint = 0;
  #status: RunnerState = 'stopped';
  #error: Error | null = null;
  #restarts = 0;
  #lastAppliedAt: Date | null = null;
  #hasBeenLive = false;
  #stopping = false;
  #liveApplied = 0;
  /** Events folded while catching up since the state was last loaded or saved. */
  #foldedSinceSave = 0;
  #loop: Promise<void> | null = null;
  #halt = new AbortController();
  #subscription: Subscription | null = null;
  #snapshotTimer: NodeJS.Timeout | null = null;
  #saving: Promise<void> = Promise.resolve();
  /** While a live state is cut for its snapshot: the fold waits for it (see `saveSnapshot`). */
  #cutting: Promise<void> | null = null;
  #rebuilding: Promise<void> | null = null;
  readonly #liveWaiters: Array<{ resolve: () => void; reject: (error: Error) => void }> = [];
  readonly #positionWaiters = new PositionWaiters();

  constructor(registration: ProjectionRegistration<S>, options: RunnerOptions) {
    this.#projection = registration.projection;
    this.name = registration.projection.name;
    this.#store = options.store;
    this.#options = options;
    this.#clock = options.clock ?? (() => new Date());
    this.#state = registration.projection.initialState();
    this.#batches = new AppliedBatches(this.name, options.notifyDelayMs ?? 5);
    this.#snapshots =
      registration.snapshot && options.snapshotDirectory
        ? new SnapshotFile(
            options.snapshotDirectory,
            this.name,
            registration.snapshot.version,
            registration.snapshot.codec,
            registration.snapshot.limits,
          )
        : null;
  }

  /** The current read model and the log position it reflects. */
  read(): { readonly state: S; readonly position: number } {
    return { state: this.#state, position: this.#checkpoint };
  }

  status(): RunnerStatus {
    return {
      name: this.name,
      state: this.#status,
      checkpoint: this.#checkpoint,
      error: this.#error?.message ?? null,
      restarts: this.#restarts,
      lastAppliedAt: this.#lastAppliedAt,
      caughtUp: this.#hasBeenLive,
    };
  }

  onApplied(listener: (batch: AppliedBatch) => void): () => void {
    return this.#batches.listen(listener);
  }

  /** Events after the checkpoint that this projection handles (counted up to a bound, then estimated). */
  lag(head: number): Promise<number> {
    return handledEventsAfter(this.#store, this.#projection.canHandle, this.#checkpoint, head);
  }

  /** Resolves once the projection has caught up with the log; rejects if it fails first. */
  whenLive(): Promise<void> {
    if (this.#hasBeenLive && this.#status !== 'failed') return Promise.resolve();
    if (this.#status === 'failed') return Promise.reject(this.#error);
    return new Promise((resolve, reject) => this.#liveWaiters.push({ resolve, reject }));
  }

  /**
   * Resolves once the state has applied the log up to `position` (an event this projection
   * handles: the checkpoint moves only with them while live); rejects if the projection fails or
   * stops first.
   */
  reach(position: number): Promise<void> {
    if (this.#status === 'failed') return Promise.reject(this.#error);
    if (position <= this.#checkpoint) return Promise.resolve();
    if (this.#status === 'stopped') return Promise.reject(this.#stoppedError(position));
    return this.#positionWaiters.wait(position);
  }

  async start(): Promise<void> {
    if (this.#loop) throw new Error(`projection ${this.name} is already running`);
    this.#halt = new AbortController();
    this.#stopping = false;
    // Started again after a stop: not ready until it has caught up again.
    this.#hasBeenLive = false;
    this.#status = 'catching_up';
    const snapshot = await this.#snapshots?.load();
    this.#foldedSinceSave = 0;
    // A snapshot past the head belongs to another (or a wiped) store: folding from 0 is the safe answer.
    if (snapshot && snapshot.checkpoint <= (await this.#store.headPosition())) {
      this.#state = snapshot.state;
      this.#checkpoint = snapshot.checkpoint;
      this.#savedCheckpoint = snapshot.checkpoint;
    }
    this.#loop = this.#run();
    if (this.#snapshots) {
      this.#snapshotTimer = setInterval(
        () => void this.#saveQuietly(),
        this.#options.snapshotIntervalMs ?? 300_000,
      );
      this.#snapshotTimer.unref();
    }
  }

  /** Stops following the log, announces what was applied, and saves the snapshot. */
  async stop(): Promise<void> {
    this.#stopping = true;
    this.#halt.abort();
    await this.#rebuilding?.catch(() => undefined);
    await this.#stopLoop();
    if (this.#snapshotTimer) clearInterval(this.#snapshotTimer);
    this.#snapshotTimer = null;
    this.#batches.flush();
    await this.saveSnapshot();
    if (this.#status !== 'failed') this.#status = 'stopped';
    this.#positionWaiters.failAll((position) => this.#stoppedError(position));
  }

  #stoppedError(position: number): Error {
    return new Error(
      `projection ${this.name} is stopped at position ${this.#checkpoint}, before ${position}`,
    );
  }

  /**
   * Folds the whole log again into a fresh state while queries keep answering from the current
   * one, then swaps the two and follows live from the new checkpoint.
   */
  rebuild(): Promise<void> {
    this.#rebuilding ??= this.#rebuild().finally(() => {
      this.#rebuilding = null;
    });
    return this.#rebuilding;
  }

  async saveSnapshot(): Promise<void> {
    if (!this.#snapshots || this.#checkpoint === this.#savedCheckpoint || this.#status === 'failed') return;
    this.#saving = this.#saving
      .catch(() => undefined)
      .then(async () => {
        const checkpoint = this.#checkpoint;
        const folded = this.#foldedSinceSave;
        const snapshot = { checkpoint, state: this.#state, savedAt: this.#clock().toISOString() };
        // Live, only the fold of live events moves the state, and it waits for the cut: so the
        // state is cut a few records at a time, and queries are answered between them (cutting
        // the KPI read model at 3.6M events takes about 3 s). Catching up, it is cut at once.
        const inSlices = this.#status === 'live';
        const cutting = this.#snapshots!.cut(snapshot, inSlices);
        if (inSlices) {
          const held = cutting.then(
            () => undefined,
            () => undefined,
          );
          this.#cutting = held;
          void held.then(() => {
            if (this.#cutting === held) this.#cutting = null;
          });
        }
        await this.#snapshots!.write(cutting);
        this.#savedCheckpoint = checkpoint;
        this.#foldedSinceSave -= folded;
      });
    await this.#saving;
  }

  /**
   * Saves the snapshot if the catch-up after the start folded at least `minimum` events since the
   * state it started from (a fold from 0, or a long tail): a short tail costs the next start less
   * than saving a large state costs now, and the periodic save or the stop will write it. The
   * runtime asks once every projection is live, so that no save holds the others' catch-up.
   */
  async saveAfterCatchUp(minimum: number): Promise<void> {
    if (this.#foldedSinceSave >= minimum) await this.#saveQuietly();
  }

  async #saveQuietly(): Promise<void> {
    try {
      await this.saveSnapshot();
    } catch (error) {
      // The log is the truth: a snapshot that could not be written only makes the next start slower.
      console.error(`snapshot of projection ${this.name} not saved`, error);
    }
  }

  async #rebuild(): Promise<void> {
    await this.#stopLoop();
    if (this.#stopping) return;
    this.#halt = new AbortController();
    this.#status = 'rebuilding';
    try {
      const fresh = await foldLog(
        this.#store,
        this.#projection,
        { state: this.#projection.initialState(), checkpoint: 0 },
        undefined,
        () => this.#halt.signal.aborted,
      );
      if (this.#halt.signal.aborted) return;
      this.#state = fresh.state;
      this.#checkpoint = fresh.checkpoint;
      this.#savedCheckpoint = -1;
      this.#error = null;
      this.#batches.reset(fresh.checkpoint);
      this.#positionWaiters.reached(fresh.checkpoint);
    } catch (error) {
      if (error instanceof ProjectionFault) return this.#fail(error);
      this.#error = error as Error; // the previous state stays; following live resumes below
    }
    this.#loop = this.#run();
    await this.#saveQuietly();
  }

  async #stopLoop(): Promise<void> {
    this.#halt.abort();
    await this.#subscription?.close();
    await this.#loop;
    this.#loop = null;
  }

  async #run(): Promise<void> {
    let attempt = 0;
    let liveMark = this.#liveApplied;
    const halted = () => this.#halt.signal.aborted;
    while (!halted()) {
      try {
        this.#status = 'catching_up';
        if (this.#cutting) await this.#cutting;
        await foldLog(
          this.#store,
          this.#projection,
          { state: this.#state, checkpoint: this.#checkpoint },
          (applied, progress, count) => {
            this.#state = progress.state;
            this.#checkpoint = progress.checkpoint;
            this.#foldedSinceSave += count;
            this.#positionWaiters.reached(progress.checkpoint);
            // At start-up nobody has seen anything yet; after a drop, dashboards must hear of what they missed.
            if (this.#hasBeenLive && applied.length > 0) this.#applied(applied);
          },
          halted,
          { events: this.#hasBeenLive },
        );
        if (halted()) break;
        this.#goLive();
        liveMark = this.#liveApplied;
        await this.#follow();
        if (!halted()) throw new SubscriptionEnded();
      } catch (error) {
        if (halted()) break;
        // A subscription that delivered before dropping was healthy: start the backoff afresh.
        if (this.#liveApplied > liveMark) attempt = 0;
        if (error instanceof ProjectionFault) return this.#fail(error);
        this.#error = error as Error;
        this.#restarts += 1;
        this.#status = 'catching_up';
        const { initialMs, maxMs } = this.#options.reconnect ?? { initialMs: 100, maxMs: 5_000 };
        await sleep(backoffDelay(attempt++, initialMs, maxMs), this.#halt.signal);
      }
    }
  }

  /** Applies live events until the subscription ends or throws. */
  async #follow(): Promise<void> {
    const subscription = this.#store.subscribeToAll({
      after: this.#checkpoint,
      eventTypes: this.#projection.canHandle,
    });
    this.#subscription = subscription;
    try {
      for await (const event of subscription) {
        if (this.#cutting) await this.#cutting;
        if (event.position <= this.#checkpoint) continue;
        this.#state = applyEvent(this.#projection, this.#state, event);
        this.#checkpoint = event.position;
        this.#liveApplied += 1;
        this.#applied([event]);
        this.#positionWaiters.reached(event.position);
      }
    } finally {
      this.#subscription = null;
      await subscription.close().catch(() => undefined);
    }
  }

  #applied(events: readonly RecordedEvent[]): void {
    this.#lastAppliedAt = this.#clock();
    this.#batches.add(events, this.#checkpoint);
  }

  #goLive(): void {
    this.#status = 'live';
    if (this.#hasBeenLive) return;
    this.#hasBeenLive = true;
    for (const waiter of this.#liveWaiters.splice(0)) waiter.resolve();
  }

  #fail(error: Error): void {
    this.#status = 'failed';
    this.#error = error;
    for (const waiter of this.#liveWaiters.splice(0)) waiter.reject(error);
    this.#positionWaiters.failAll(() => error);
  }
}
