import type { FoldingProjection } from './runnable-projection.ts';

/**
 * A projection folding pages of its own input, for testing the paged paths: it counts the events
 * of some types and sums their positions, so that any event skipped, repeated or misordered shows.
 * Its encoder (this module's `encodePage`) refuses a withdrawal whose reason says "unreadable".
 */
export interface Tally {
  readonly count: number;
  readonly positions: number;
  readonly last: number;
}

interface TallyPage {
  readonly positions: Float64Array;
  readonly types: string[];
  /** Per row: the reason it cannot be folded, or null. */
  readonly faults: (string | null)[];
}

export const encodePage = (
  events: readonly { type: string; position: number; data: unknown }[],
): { page: TallyPage; transfer: ArrayBuffer[] } => {
  const positions = Float64Array.from(events, (e) => e.position);
  const faults = events.map((e) =>
    (e.data as { reason?: string }).reason === 'unreadable' ? `event ${e.position} is unreadable` : null,
  );
  return { page: { positions, types: events.map((e) => e.type), faults }, transfer: [positions.buffer] };
};

const add = (state: Tally, position: number): Tally => {
  if (position <= state.last) throw new Error(`${position} after ${state.last}`);
  return { count: state.count + 1, positions: state.positions + position, last: position };
};

export const pagedTally = (name: string, canHandle: readonly string[]): FoldingProjection<Tally> => ({
  name,
  canHandle,
  initialState: () => ({ count: 0, positions: 0, last: 0 }),
  evolve: (state, event) => {
    const [fault] = encodePage([event]).page.faults;
    if (fault) throw new Error(fault);
    return add(state, event.position);
  },
  pages: {
    encodePage,
    encoderUrl: import.meta.url,
    size: (page: TallyPage) => page.positions.length,
    positionAt: (page: TallyPage, row) => page.positions[row]!,
    typeAt: (page: TallyPage, row) => page.types[row]!,
    apply: (state, page: TallyPage, row) => {
      if (!canHandle.includes(page.types[row]!)) throw new Error(`handed ${page.types[row]}`);
      const fault = page.faults[row];
      if (fault) throw new Error(fault);
      return add(state, page.positions[row]!);
    },
  },
});
