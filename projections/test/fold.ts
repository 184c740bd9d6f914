import { type KpiState, kpiProjection } from '../src/kpi/index.ts';
import type { ProjectedEvent } from '../src/projection.ts';

/** An event as tests and the worked example write it: when it was recorded, its type and data. */
export interface ExampleEvent {
  readonly at: string;
  readonly type: string;
  readonly data: Record<string, unknown>;
  readonly submittedBy?: string;
}

/** Gives example events the positions (1, 2, ...) and metadata the store would. */
export const recorded = (events: readonly ExampleEvent[], firstPosition = 1): ProjectedEvent[] =>
  events.map((e, k) => ({
    id: `event-${firstPosition + k}`,
    streamId: `${e.type}-${String(Object.values(e.data)[0])}`,
    type: e.type,
    position: firstPosition + k,
    data: e.data,
    metadata: {
      recordedAt: e.at,
      submittedBy: e.submittedBy ?? 'officer-1',
      region: typeof e.data.region === 'string' ? e.data.region : null,
      submissionId: `submission-${firstPosition + k}`,
      correlationId: `correlation-${firstPosition + k}`,
      channel: 'form',
    },
  }));

export const fold = (events: readonly ProjectedEvent[], state = kpiProjection.initialState()): KpiState =>
  events.reduce(kpiProjection.evolve, state);

export const modelOf = (events: readonly ProjectedEvent[]) => {
  const state = fold(events);
  return { state, position: state.position };
};
