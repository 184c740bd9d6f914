import { useEffect } from 'react';
import { graphql } from '@/lib/graphql/graphql.ts';
import { subscribe } from '@/lib/graphql/subscribe.ts';
import { useQuery } from '@/lib/graphql/use-query.ts';

export const AlertNotificationsQuery = graphql(`
  query AlertNotifications {
    alertNotifications(limit: 100) {
      id
      kind
      sequence
      unit
      link
      recordedAt
      numbers {
        status
        actual
        heldTo
        value
        recurrence {
          riskId
          organization
          process
          identifiedOn
          removedOn
        }
      }
      rule {
        id
        name
        condition {
          kind
          kpi
          period
        }
      }
      deliveries {
        channel
        status
        attempts
        lastError
        retryAt
      }
    }
  }
`);

const NotificationsChanged = graphql(`
  subscription AlertNotificationsChanged {
    alertNotificationsChanged {
      position
    }
  }
`);

/** The notification list, fetched again whenever the server records a firing, clearing or delivery. */
export const useAlertNotifications = () => {
  const state = useQuery(AlertNotificationsQuery, {});
  const { refetch } = state;
  useEffect(
    () => subscribe(NotificationsChanged, {}, { next: () => refetch(), open: () => refetch() }),
    [refetch],
  );
  return state;
};
