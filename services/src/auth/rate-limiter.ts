/** A counted attempt; released when it turned out not to count (a sign-in that succeeded). */
export interface Reservation {
  release(): void;
}

export type ReserveOutcome =
  | { readonly ok: true; readonly reservation: Reservation }
  | { readonly ok: false; readonly retryAfterMs: number };

/**
 * Counts attempts per key in fixed windows. An attempt is counted when it starts (`reserve`),
 * not when its slow check ends: counting afterwards let a burst sent at once all pass the check
 * before the first failure was counted. In memory: each API replica limits on its own, which
 * still bounds a password-guessing run to replicas x max per window.
 */
export class FixedWindowLimiter {
  readonly #max: number;
  readonly #windowMs: number;
  readonly #windows = new Map<string, { count: number; resetAt: number }>();

  constructor(max: number, windowMs: number) {
    this.#max = max;
    this.#windowMs = windowMs;
  }

  /** Counts an attempt now, or says how long to wait (counting nothing) when the window is full. */
  reserve(key: string, now: number): ReserveOutcome {
    if (this.#windows.size > 100_000) this.#prune(now);
    let window = this.#windows.get(key);
    if (!window || window.resetAt <= now) {
      window = { count: 0, resetAt: now + this.#windowMs };
      this.#windows.set(key, window);
    }
    if (window.count >= this.#max) return { ok: false, retryAfterMs: window.resetAt - now };
    window.count++;
    const counted = window;
    let released = false;
    return {
      ok: true,
      reservation: {
        // Only into the window it was taken from: a later window starts from zero anyway.
        release: () => {
          if (released || this.#windows.get(key) !== counted) return;
          released = true;
          counted.count--;
        },
      },
    };
  }

  #prune(now: number): void {
    for (const [key, window] of this.#windows) if (window.resetAt <= now) this.#windows.delete(key);
  }
}
