/**
 * Runs tasks that share a key one after another; tasks of different keys run freely. A key's
 * entry lives only while one of its tasks is queued or running.
 */
export class OneAtATime {
  readonly #tails = new Map<string, Promise<void>>();

  run<T>(key: string, task: () => Promise<T>): Promise<T> {
    const previous = this.#tails.get(key);
    const result = previous ? previous.then(task) : task();
    const tail = result.then(
      () => undefined,
      () => undefined,
    );
    this.#tails.set(key, tail);
    void tail.then(() => {
      if (this.#tails.get(key) === tail) this.#tails.delete(key);
    });
    return result;
  }

  /** Keys with a task queued or running (for tests: nothing is kept after they finish). */
  get size(): number {
    return this.#tails.size;
  }
}
