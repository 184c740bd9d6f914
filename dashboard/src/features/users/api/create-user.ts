import { graphql } from '@/lib/graphql/graphql.ts';
import { useMutation } from '@/lib/graphql/use-mutation.ts';

export const CreateUserMutation = graphql(`
  mutation CreateUser(
    $username: String!
    $displayName: String!
    $role: Role!
    $region: String
    $centralBody: String
    $password: String
    $submissionId: ID
  ) {
    createUser(
      username: $username
      displayName: $displayName
      role: $role
      region: $region
      centralBody: $centralBody
      password: $password
      submissionId: $submissionId
    ) {
      __typename
      ... on AccountChanged {
        user {
          id
          username
        }
      }
      ... on AccountRefused {
        code
        issues {
          path
          code
          values {
            date
            limit
            id
            count
          }
        }
      }
    }
  }
`);

export const useCreateUser = () => useMutation(CreateUserMutation);
