/**
 * The event loop's budget for one stretch of import work on the main thread: past it the work
 * waits a turn, so health checks and KPI queries are answered within it while a large file is
 * converted and checked.
 */
const SLICE_MS = 15;

const turn = () => new Promise<void>((resolve) => setImmediate(resolve));

/**
 * A function to await after each unit of work: it waits a turn once the slice is spent, and is
 * otherwise a resolved promise (checking the clock costs far less than a row).
 */
export const yieldingEvery = (sliceMs: number = SLICE_MS): (() => Promise<void> | undefined) => {
  let since = performance.now();
  return () => {
    const now = performance.now();
    if (now - since < sliceMs) return undefined;
    return turn().then(() => {
      since = performance.now();
    });
  };
};
