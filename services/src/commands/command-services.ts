import type { EventStore } from '../store/port.ts';

/**
 * What the command path needs of the running app: the store, the time, and where its answers are
 * counted. `AppServices` extends it; the command side, the import and the demo writer take only
 * this, so they never reach up to the composition root that builds them.
 */
export interface CommandServices {
  readonly store: EventStore;
  readonly clock: () => Date;
  /** Prometheus counters of the command handler's answers (`createOpsMetrics()`); absent in tests that do not measure. */
  /**
   * Whether the catalogue of central state bodies holds a code now (`centralBodyKnownIn(...)` over
   * the runtime's read model): a chair's command naming a body is decided against it. Absent: the
   * catalogue a new installation starts with.
   */
  readonly isCentralBody?: (code: string) => boolean;
  readonly metrics?: { observeCommand(result: { readonly kind: string; readonly replayed?: boolean }): void };
}
