import { graphql } from '@/lib/graphql/graphql.ts';
import { useMutation } from '@/lib/graphql/use-mutation.ts';
import { AccountChangeFields } from './account-result-fields.ts';

export const DeactivateUserMutation = graphql(
  `
    mutation DeactivateUser($userId: ID!, $reason: String!, $submissionId: ID) {
      deactivateUser(userId: $userId, reason: $reason, submissionId: $submissionId) {
        ...AccountChangeFields
      }
    }
  `,
  [AccountChangeFields],
);

export const useDeactivateUser = () => useMutation(DeactivateUserMutation);
