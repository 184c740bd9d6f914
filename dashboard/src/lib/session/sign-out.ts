import { graphql } from '../graphql/graphql.ts';

export const SignOutMutation = graphql(`
  mutation SignOut {
    signOut
  }
`);
