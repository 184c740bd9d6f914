import { graphql } from '@/lib/graphql/graphql.ts';
import { useQuery } from '@/lib/graphql/use-query.ts';

export const UsersQuery = graphql(`
  query Users {
    users {
      id
      username
      displayName
      role
      region
      centralBody
      active
      createdAt
    }
  }
`);

export const useUsers = () => useQuery(UsersQuery, {});
