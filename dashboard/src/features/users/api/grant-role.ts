import { graphql } from '@/lib/graphql/graphql.ts';
import { useMutation } from '@/lib/graphql/use-mutation.ts';
import { AccountChangeFields } from './account-result-fields.ts';

export const GrantRoleMutation = graphql(
  `
    mutation GrantRole($userId: ID!, $role: Role!, $region: String, $centralBody: String) {
      grantRole(userId: $userId, role: $role, region: $region, centralBody: $centralBody) {
        ...AccountChangeFields
      }
    }
  `,
  [AccountChangeFields],
);

export const useGrantRole = () => useMutation(GrantRoleMutation);
