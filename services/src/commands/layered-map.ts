/**
 * A map that reads through to a base it does not change: a decision writes its states here, and
 * only once its append succeeded are they committed to the base (the unit's state the write side
 * keeps), so a refused or conflicting decision leaves that state as it was.
 */
export class LayeredMap<V> {
  readonly #own: Map<string, V>;
  readonly #base: LayeredMap<V> | null;

  /** `own`: entries to start from (a restored state's), taken as they are, not copied. */
  constructor(base: LayeredMap<V> | null = null, own: ReadonlyMap<string, V> = new Map()) {
    this.#base = base;
    this.#own = own as Map<string, V>;
  }

  /** This layer's own entries: all of them for a base, which has no base of its own. */
  get own(): ReadonlyMap<string, V> {
    return this.#own;
  }

  get(key: string): V | undefined {
    return this.#own.get(key) ?? this.#base?.get(key);
  }

  set(key: string, value: V): void {
    this.#own.set(key, value);
  }

  /** Moves this layer's entries into its base. */
  commit(): void {
    if (this.#base === null) return;
    for (const [key, value] of this.#own) this.#base.set(key, value);
    this.#own.clear();
  }
}
