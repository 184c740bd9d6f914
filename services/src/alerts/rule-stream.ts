import type { RecordedEvent } from '../store/port.ts';
import { type AlertRuleView, emptyAlertLog, evolveAlertLog } from './alert-log-state.ts';

/** One rule as its own stream tells it (the same fold as the alert log's); null when it has no events. */
export const foldRule = (events: readonly RecordedEvent[]): AlertRuleView | null => {
  const state = emptyAlertLog();
  for (const event of events) evolveAlertLog(state, event);
  return [...state.rules.values()][0] ?? null;
};
