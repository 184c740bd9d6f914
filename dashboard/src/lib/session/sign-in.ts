import { graphql } from '../graphql/graphql.ts';

export const SignInMutation = graphql(`
  mutation SignIn($username: String!, $password: String!) {
    signIn(username: $username, password: $password) {
      __typename
      ... on SignedIn {
        expiresAt
        user {
          id
          username
          displayName
          role
          region
          centralBody
        }
      }
      ... on SignInRefused {
        reason
        retryAfterSeconds
      }
    }
  }
`);
