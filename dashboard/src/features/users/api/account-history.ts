import { graphql } from '@/lib/graphql/graphql.ts';
import { useQuery } from '@/lib/graphql/use-query.ts';

export const AccountHistoryQuery = graphql(`
  query AccountHistory($userId: ID) {
    accountHistory(userId: $userId, limit: 50) {
      change
      changedBy
      role
      region
      reason
      recordedAt
    }
  }
`);

export const useAccountHistory = (userId: string) => useQuery(AccountHistoryQuery, { userId });
