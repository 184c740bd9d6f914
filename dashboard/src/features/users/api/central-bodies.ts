import { graphql } from '@/lib/graphql/graphql.ts';
import { useMutation } from '@/lib/graphql/use-mutation.ts';
import { useQuery } from '@/lib/graphql/use-query.ts';

export const CentralBodiesQuery = graphql(`
  query CentralBodies {
    centralBodies {
      code
      kind
      nameRu
      nameKk
      nameEn
      seeded
      revision
    }
  }
`);

export const useCentralBodies = () => useQuery(CentralBodiesQuery, {});

export const AddCentralBodyMutation = graphql(`
  mutation AddCentralBody($input: AddCentralBodyInput!) {
    addCentralBody(input: $input) {
      __typename
      ... on CentralBodySucceeded {
        body {
          code
        }
      }
      ... on CentralBodyValidationFailed {
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
      ... on CentralBodyForbidden {
        __typename
      }
      ... on CentralBodyConflict {
        __typename
      }
      ... on CentralBodyNotFound {
        __typename
      }
    }
  }
`);

export const useAddCentralBody = () => useMutation(AddCentralBodyMutation);

export const RenameCentralBodyMutation = graphql(`
  mutation RenameCentralBody($input: RenameCentralBodyInput!) {
    renameCentralBody(input: $input) {
      __typename
      ... on CentralBodySucceeded {
        body {
          code
        }
      }
      ... on CentralBodyValidationFailed {
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
      ... on CentralBodyForbidden {
        __typename
      }
      ... on CentralBodyConflict {
        __typename
      }
      ... on CentralBodyNotFound {
        __typename
      }
    }
  }
`);

export const useRenameCentralBody = () => useMutation(RenameCentralBodyMutation);
