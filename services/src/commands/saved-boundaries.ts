import { streams } from '@kpi/schema';
import type { EventStore } from '../store/port.ts';
import type { BoundaryFile } from './boundary-file.ts';
import { keptBoundaries, saveBoundariesIn } from './boundary-state.ts';

export interface SavedBoundariesOptions {
  /** The file of a unit's stream (the app gives a `SnapshotFile` under its data directory). */
  readonly fileOf: (streamId: string) => BoundaryFile;
  readonly clock: () => Date;
  /** How often the moved states are saved while running (default five minutes, as the read models). */
  readonly intervalMs?: number;
  /**
   * A state that has a file is saved again only once it moved by this many events (default
   * 20,000), while running and on stop. Saving a unit holds the thread while its state is cut
   * (about 1 s for a unit of ten years): saved at every move, a loaded service paused for seconds
   * every few minutes (the submissions' p95 went from 0.1 to 2.3 s at 3.6M events), and a stop
   * saving every unit that moved at all ran past the shutdown's 25 s before the read models were
   * saved; a tail of 20,000 events costs the next start well under a second.
   */
  readonly minMovedWhileRunning?: number;
}

const MIN_MOVED_WHILE_RUNNING = 20_000;

// Only the units' states are saved: a unit's stream holds its history of years (~180k events at
// ten years), while a target's or a comment's holds a few events, folded at once.
const UNIT_STREAM = streams.unit('');

/**
 * The write side's unit states, kept across starts: a start restores a unit's state from its file
 * and reads only the events after it, instead of folding the unit's whole stream before its first
 * submission. Saved once the units are warm, every few minutes while they move, and on stop. The
 * log stays the truth: a file that is stale is caught up, and one that is unreadable, of other
 * code, or not of this store's history is not used (the unit is folded from its start).
 */
export class SavedBoundaries {
  readonly #store: EventStore;
  readonly #options: SavedBoundariesOptions;
  /** One round of saves at a time: two writers of one file would race for its temporary file. */
  #saving: Promise<number> = Promise.resolve(0);
  #timer: NodeJS.Timeout | null = null;

  constructor(store: EventStore, options: SavedBoundariesOptions) {
    this.#store = store;
    this.#options = options;
    saveBoundariesIn(store, (streamId) =>
      streamId.startsWith(UNIT_STREAM) ? options.fileOf(streamId) : null,
    );
  }

  /**
   * Saves every kept state that has no file yet, or moved by `minMovedWhileRunning` events since
   * it was restored or saved; answers how many were saved.
   */
  save(): Promise<number> {
    const minMoved = this.#options.minMovedWhileRunning ?? MIN_MOVED_WHILE_RUNNING;
    this.#saving = this.#saving.catch(() => 0).then(() => this.#saveMoved(minMoved));
    return this.#saving;
  }

  /** Saves the moved states every `intervalMs` from now on. */
  start(): void {
    this.#timer ??= setInterval(() => void this.#saveQuietly(), this.#options.intervalMs ?? 300_000);
    this.#timer.unref();
  }

  /** Stops the periodic saves and saves what moved enough: call it once nothing decides any more. */
  async stop(): Promise<void> {
    if (this.#timer) clearInterval(this.#timer);
    this.#timer = null;
    await this.#saveQuietly();
  }

  async #saveMoved(minMoved: number): Promise<number> {
    let saved = 0;
    // One unit at a time: each save cuts its state on this thread, so requests get turns between.
    for (const boundary of [...keptBoundaries(this.#store)]) {
      if (await boundary.save(this.#options.clock().toISOString(), minMoved)) saved++;
    }
    return saved;
  }

  async #saveQuietly(): Promise<void> {
    try {
      await this.save();
    } catch (error) {
      // The log is the truth: a state that could not be saved only makes the next start slower.
      process.emitWarning(`the write side's unit states were not saved: ${String(error)}`);
    }
  }
}
