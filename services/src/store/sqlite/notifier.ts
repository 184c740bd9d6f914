/** Wakes this process's subscriptions the moment an append commits, without waiting for a poll. */
export class AppendNotifier {
  #waiters = new Set<() => void>();

  /** Resolves on the next notify, after `timeoutMs`, or when `cancel` is called, whichever is first. */
  wait(timeoutMs: number): { readonly done: Promise<void>; cancel(): void } {
    let cancel = () => {};
    const done = new Promise<void>((resolve) => {
      const wake = () => {
        clearTimeout(timer);
        this.#waiters.delete(wake);
        resolve();
      };
      const timer = setTimeout(wake, timeoutMs);
      this.#waiters.add(wake);
      cancel = wake;
    });
    return { done, cancel };
  }

  notify(): void {
    for (const wake of [...this.#waiters]) wake();
  }
}
