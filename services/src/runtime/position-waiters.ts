/** A read model did not reach a position in time: the write is recorded, the read would miss it. */
export class ReadModelBehind extends Error {
  readonly readModel: string;
  readonly position: number;
  constructor(readModel: string, position: number, reached: number, timeoutMs: number) {
    super(
      `the ${readModel} read model has not reached position ${position} within ${timeoutMs} ms ` +
        `(it is at ${reached}); the change is recorded and will show once it catches up`,
    );
    this.name = 'ReadModelBehind';
    this.readModel = readModel;
    this.position = position;
  }
}

interface Waiter {
  readonly position: number;
  readonly resolve: () => void;
  readonly reject: (error: Error) => void;
}

/** Callers waiting for a projection's checkpoint to reach a position, released as it moves. */
export class PositionWaiters {
  #waiters: Waiter[] = [];

  /** Resolves once `reached` is called with `position` or beyond. */
  wait(position: number): Promise<void> {
    return new Promise((resolve, reject) => this.#waiters.push({ position, resolve, reject }));
  }

  reached(checkpoint: number): void {
    if (this.#waiters.length === 0) return;
    this.#waiters = this.#waiters.filter((waiter) => {
      if (waiter.position > checkpoint) return true;
      waiter.resolve();
      return false;
    });
  }

  /** Rejects every waiter, with the error `errorFor` gives for the position it waited for. */
  failAll(errorFor: (position: number) => Error): void {
    for (const waiter of this.#waiters.splice(0)) waiter.reject(errorFor(waiter.position));
  }
}

/** The promise, or a ReadModelBehind once `timeoutMs` has passed; the timer never holds the process open. */
export const withinTimeout = (
  waiting: Promise<void>,
  timeoutMs: number,
  behind: () => ReadModelBehind,
): Promise<void> => {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_resolve, reject) => {
    timer = setTimeout(() => reject(behind()), timeoutMs);
    timer.unref();
  });
  return Promise.race([waiting, timeout]).finally(() => clearTimeout(timer));
};
