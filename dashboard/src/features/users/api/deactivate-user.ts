import { graphql } from '@/lib/graphql/graphql.ts';
import { useMutation } from '@/lib/graphql/use-mutation.ts';
import { AccountChangeFields } from './account-result-fields.ts';

export const DeactivateUserMutation = graphql(
  `
    mutation DeactivateUser($userId: ID!, $reason: String!) {
      deactivateUser(userId: $userId, reason: $reason) {
        ...AccountChangeFields
      }
    }
  `,
  [AccountChangeFields],
);

export const useDeactivateUser = () => useMutation(DeactivateUserMutation);
