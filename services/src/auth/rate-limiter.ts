/**
 * Counts attempts per key in fixed windows. In memory: each API replica limits on its own, which
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

  /** Milliseconds until the key may try again, or 0 when it may try now. */
  retryAfter(key: string, now: number): number {
    const window = this.#windows.get(key);
    if (!window || window.resetAt <= now) return 0;
    return window.count >= this.#max ? window.resetAt - now : 0;
  }

  hit(key: string, now: number): void {
    if (this.#windows.size > 100_000) this.#prune(now);
    const window = this.#windows.get(key);
    if (!window || window.resetAt <= now) this.#windows.set(key, { count: 1, resetAt: now + this.#windowMs });
    else window.count++;
  }

  reset(key: string): void {
    this.#windows.delete(key);
  }

  #prune(now: number): void {
    for (const [key, window] of this.#windows) if (window.resetAt <= now) this.#windows.delete(key);
  }
}
