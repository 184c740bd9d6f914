import type { EventStore } from '../store/port.ts';

export type RunnerState = 'catching_up' | 'live' | 'rebuilding' | 'stopped' | 'failed';

export interface RunnerStatus {
  readonly name: string;
  readonly state: RunnerState;
  /** Position of the last event the state contains. */
  readonly checkpoint: number;
  /** Why the projection failed, or why its subscription last dropped. */
  readonly error: string | null;
  /** Times the subscription was re-established after dropping. */
  readonly restarts: number;
  readonly lastAppliedAt: Date | null;
  /** Has reached the head of the log since it started: queries answer with current data. */
  readonly caughtUp: boolean;
}

export interface RunnerOptions {
  readonly store: EventStore;
  /** Where snapshots are kept; without it nothing is saved and every start folds from 0. */
  readonly snapshotDirectory?: string;
  /** How long applied events are collected before they are announced. */
  readonly notifyDelayMs?: number;
  /** How often a live projection saves its snapshot when it has moved (default 5 minutes: saving a large state blocks for a moment). */
  readonly snapshotIntervalMs?: number;
  readonly reconnect?: { readonly initialMs: number; readonly maxMs: number };
  readonly clock?: () => Date;
  /** How long `waitFor` waits for a read model to reach a position before it gives up (default 10 s). */
  readonly waitForTimeoutMs?: number;
  /**
   * Events a start's catch-up must fold before the projection saves its snapshot once all are
   * live (default 0: whenever it moved); fewer are left for the periodic save and the stop.
   */
  readonly saveAfterCatchUp?: number;
}
