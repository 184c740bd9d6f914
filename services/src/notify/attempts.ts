import { almatyDate } from '@kpi/schema';

/**
 * What sending something exactly once across replicas shares, whatever is sent (an alert's
 * delivery, a scheduled report): an attempt is claimed in the log with an expected revision, so
 * only one replica's claim lands and that replica sends; the outcome is recorded after it. A
 * failure is recorded with the time of the next attempt, the wait doubling, and after the last
 * one as failed, so nothing is dropped unseen. A claim whose replica stopped before recording the
 * outcome is taken over once its lease has passed.
 */

/** The attempts so far, as the log tells them. */
export interface AttemptsView {
  readonly status: string;
  readonly attempts: number;
  /** When the next attempt is due, for a failure to be retried. */
  readonly retryAt: string | null;
  /** When the last attempt was claimed. */
  readonly attemptedAt: string;
}

export interface RetryPolicy {
  /** First retry after this long, doubling per attempt. */
  readonly retryBaseMs: number;
  /** Attempts before it is given up as failed. */
  readonly maxAttempts: number;
  /** An attempt claimed but never concluded (its replica stopped) is taken over after this long. */
  readonly leaseMs: number;
}

/**
 * The attempt due now: the first when nothing was tried, the next when a retry is due or a claim's
 * lease ran out; null when it was sent, given up, or is being tried or waited for.
 */
export const nextAttemptNumber = (
  view: AttemptsView | undefined,
  now: number,
  leaseMs: number,
): number | null => {
  if (view === undefined) return 1;
  const retrying = view.retryAt !== null && view.status === 'RETRYING';
  const due =
    (retrying && Date.parse(view.retryAt!) <= now) ||
    (view.status === 'SENDING' && Date.parse(view.attemptedAt) + leaseMs <= now);
  return due ? view.attempts + 1 : null;
};

/** When the attempt after `attempt` (failed at `at`) is due; null when it was the last. */
export const retryAtAfter = (attempt: number, at: Date, policy: RetryPolicy): string | null => {
  if (attempt >= policy.maxAttempts) return null;
  return new Date(at.getTime() + policy.retryBaseMs * 2 ** (attempt - 1)).toISOString();
};

/** How an attempt ended, as the command recording it carries it: sent, or failed and when to retry. */
export type AttemptOutcome<B> =
  | { readonly type: 'RecordSucceeded'; readonly data: B & { readonly occurredOn: string } }
  | {
      readonly type: 'RecordFailed';
      readonly data: B & {
        readonly error: string;
        readonly retryAt: string | null;
        readonly occurredOn: string;
      };
    };

/**
 * The command recording attempt `base.attempt`'s outcome at `at`. The retry is timed from the same
 * instant the record is stamped with, so the wait the log shows is exactly the policy's.
 */
export const outcomeCommand = <B extends { readonly attempt: number }>(
  base: B,
  failure: string | null,
  at: Date,
  policy: RetryPolicy,
): AttemptOutcome<B> =>
  failure === null
    ? { type: 'RecordSucceeded', data: { ...base, occurredOn: almatyDate(at) } }
    : {
        type: 'RecordFailed',
        data: {
          ...base,
          error: failure,
          retryAt: retryAtAfter(base.attempt, at, policy),
          occurredOn: almatyDate(at),
        },
      };

/** A failure as the log keeps it: the message, at most 2000 characters, never empty. */
export const failureText = (error: unknown): string =>
  (error instanceof Error ? error.message : String(error)).slice(0, 2000) || 'failed';

/**
 * One attempt: claim it (false when another replica's claim landed first: it sends, not us),
 * send, and record the outcome (null: sent; otherwise the failure's text).
 */
export const attemptOnce = async <Claim>(steps: {
  readonly claim: () => Promise<Claim | null>;
  readonly send: () => Promise<void>;
  readonly conclude: (claim: Claim, failure: string | null) => Promise<void>;
}): Promise<void> => {
  const claim = await steps.claim();
  if (claim === null) return;
  const failure = await steps.send().then(
    () => null,
    (error: unknown) => failureText(error),
  );
  await steps.conclude(claim, failure);
};

/**
 * Runs a sweep soon; sweeps asked for while one runs collapse into one more. A coarse timer
 * sweeps too, for what comes due with time (a retry, a period closing) rather than with an event.
 */
export class Sweeper {
  readonly #sweep: () => Promise<void>;
  readonly #onError: (error: unknown) => void;
  #timer: NodeJS.Timeout | null = null;
  #running: Promise<void> | null = null;
  #again = false;

  constructor(sweep: () => Promise<void>, onError: (error: unknown) => void) {
    this.#sweep = sweep;
    this.#onError = onError;
  }

  /** Sweeps now, and every `everyMs` until stopped. */
  start(everyMs: number): void {
    this.#timer = setInterval(() => this.schedule(), everyMs);
    this.#timer.unref();
    this.schedule();
  }

  schedule(): void {
    if (this.#running) {
      this.#again = true;
      return;
    }
    this.#running = (async () => {
      do {
        this.#again = false;
        try {
          await this.#sweep();
        } catch (error) {
          this.#onError(error);
        }
      } while (this.#again);
      this.#running = null;
    })();
  }

  /** Resolves once no sweep is running (for tests and shutdown). */
  async idle(): Promise<void> {
    while (this.#running) await this.#running;
  }

  async stop(): Promise<void> {
    if (this.#timer) clearInterval(this.#timer);
    this.#timer = null;
    await this.idle();
  }
}
