import { type EventData, targetId } from '@kpi/schema';
import type { ProjectedEvent, Projection } from '../projection.ts';
import { emptyTargetsState, type TargetChange, type TargetsState } from './state.ts';

export const TARGET_EVENT_TYPES = ['TargetSet', 'TargetWithdrawn'] as const;

/** Folds target events into every target's history. Updates the state in place and returns it. */
export const evolveTargets = (state: TargetsState, event: ProjectedEvent): TargetsState => {
  if (event.type !== 'TargetSet' && event.type !== 'TargetWithdrawn') return state;
  const data = event.data as EventData<'TargetSet'> | EventData<'TargetWithdrawn'>;
  const id = targetId(data);
  let history = state.targets.get(id);
  if (history === undefined) {
    history = { kpi: data.kpi, unit: data.unit, period: data.period, changes: [] };
    state.targets.set(id, history);
  }
  const set = 'value' in data ? data : null;
  const change: TargetChange = {
    value: set ? set.value : null,
    direction: set ? set.direction : null,
    occurredOn: data.occurredOn,
    recordedAt: event.metadata.recordedAt,
    recordedMs: Date.parse(event.metadata.recordedAt),
    setBy: event.metadata.submittedBy,
    position: event.position,
  };
  history.changes.push(change);
  state.position = event.position;
  return state;
};

export const targetsProjection: Projection<TargetsState> = {
  name: 'targets',
  canHandle: TARGET_EVENT_TYPES,
  initialState: emptyTargetsState,
  evolve: evolveTargets,
};
