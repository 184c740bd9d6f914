import { graphql } from '@/lib/graphql/graphql.ts';
import { useMutation } from '@/lib/graphql/use-mutation.ts';
import { AccountChangeFields } from './account-result-fields.ts';

export const GrantRoleMutation = graphql(
  `
    mutation GrantRole($userId: ID!, $role: Role!, $region: String, $centralBody: String, $submissionId: ID) {
      grantRole(
        userId: $userId
        role: $role
        region: $region
        centralBody: $centralBody
        submissionId: $submissionId
      ) {
        ...AccountChangeFields
      }
    }
  `,
  [AccountChangeFields],
);

export const useGrantRole = () => useMutation(GrantRoleMutation);
