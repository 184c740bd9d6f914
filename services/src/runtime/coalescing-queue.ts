/**
 * An async iterator over values pushed to it, for one subscriber. A subscriber that reads slower
 * than values arrive does not build up a backlog: pending values are merged into one, which is
 * right for "these numbers changed" (the union of two changes is what changed).
 */
export class CoalescingQueue<T> implements AsyncIterableIterator<T> {
  #pending: T | null = null;
  #waiting: ((result: IteratorResult<T>) => void) | null = null;
  #done = false;
  readonly #merge: (older: T, newer: T) => T;
  readonly #onClose: () => void;

  constructor(merge: (older: T, newer: T) => T, onClose: () => void) {
    this.#merge = merge;
    this.#onClose = onClose;
  }

  push(value: T): void {
    if (this.#done) return;
    if (this.#waiting) {
      const resolve = this.#waiting;
      this.#waiting = null;
      resolve({ done: false, value });
      return;
    }
    this.#pending = this.#pending === null ? value : this.#merge(this.#pending, value);
  }

  next(): Promise<IteratorResult<T>> {
    if (this.#pending !== null) {
      const value = this.#pending;
      this.#pending = null;
      return Promise.resolve({ done: false, value });
    }
    if (this.#done) return Promise.resolve({ done: true, value: undefined });
    return new Promise((resolve) => {
      this.#waiting = resolve;
    });
  }

  return(): Promise<IteratorResult<T>> {
    if (!this.#done) {
      this.#done = true;
      this.#pending = null;
      this.#onClose();
      this.#waiting?.({ done: true, value: undefined });
      this.#waiting = null;
    }
    return Promise.resolve({ done: true, value: undefined });
  }

  [Symbol.asyncIterator](): AsyncIterableIterator<T> {
    return this;
  }
}
