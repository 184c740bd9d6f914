import type { RecordedEvent, Subscription } from '../port.ts';

/**
 * Reads a subscription until `count` events of the given streams arrived (other streams' events,
 * from a shared server, are kept too), failing after `timeoutMs` instead of hanging.
 */
export const collect = async (
  subscription: Subscription,
  streams: ReadonlySet<string>,
  count: number,
  timeoutMs = 20_000,
): Promise<{ ours: RecordedEvent[]; all: RecordedEvent[] }> => {
  const ours: RecordedEvent[] = [];
  const all: RecordedEvent[] = [];
  const iterator = subscription[Symbol.asyncIterator]();
  const deadline = Date.now() + timeoutMs;
  while (ours.length < count) {
    const left = deadline - Date.now();
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<'timeout'>((resolve) => {
      timer = setTimeout(() => resolve('timeout'), Math.max(0, left));
    });
    const next = await Promise.race([iterator.next(), timeout]);
    clearTimeout(timer);
    if (next === 'timeout') throw new Error(`received ${ours.length} of ${count} events before the timeout`);
    if (next.done) throw new Error(`the subscription ended after ${ours.length} of ${count} events`);
    all.push(next.value);
    if (streams.has(next.value.streamId)) ours.push(next.value);
  }
  return { ours, all };
};

export const expectIncreasing = (positions: readonly number[]): void => {
  for (let i = 1; i < positions.length; i++) {
    if (!(positions[i]! > positions[i - 1]!)) {
      throw new Error(`positions not strictly increasing at ${i}: ${positions[i - 1]} then ${positions[i]}`);
    }
  }
};
