import { graphql } from '../graphql/graphql.ts';

export const SignOutMutation = graphql(`
  mutation SignOut($submissionId: ID) {
    signOut(submissionId: $submissionId) {
      replayed
    }
  }
`);
