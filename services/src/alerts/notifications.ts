import type { AlertChannel } from '@kpi/schema';
import { canSeeAlertFor } from '../identity/policy.ts';
import type { Viewer } from '../identity/viewer.ts';
import type { AlertLogState, AlertRuleView, DeliveryView, FiringView } from './alert-log-state.ts';
import { deliveryKey } from './alert-log-state.ts';

/** One entry of the in-app list: a firing or clearing, its rule, and how its deliveries stand. */
export interface Notification {
  readonly firing: FiringView;
  readonly rule: AlertRuleView;
  readonly deliveries: readonly DeliveryView[];
}

export interface NotificationsQuery {
  /** Only firings (or clearings) of this rule. */
  readonly ruleId?: string | null;
  readonly limit?: number | null;
}

const CHANNELS: readonly AlertChannel[] = ['EMAIL', 'WEBHOOK'];

/** The firings a viewer may see, newest first: the chair and analysts all, an officer their region's. */
export const notificationsFor = (
  state: AlertLogState,
  viewer: Viewer,
  query: NotificationsQuery = {},
): Notification[] => {
  const limit = Math.min(Math.max(query.limit ?? 50, 1), 500);
  const found: Notification[] = [];
  for (let i = state.firings.length - 1; i >= 0 && found.length < limit; i--) {
    const firing = state.firings[i]!;
    if (query.ruleId && firing.ruleId !== query.ruleId) continue;
    const rule = state.rules.get(firing.ruleId);
    if (!rule || !canSeeAlertFor(viewer, firing.unit)) continue;
    const deliveries = CHANNELS.flatMap((channel) => {
      const delivery = state.deliveries.get(deliveryKey(firing.eventId, channel));
      return delivery ? [delivery] : [];
    });
    found.push({ firing, rule, deliveries });
  }
  return found;
};
