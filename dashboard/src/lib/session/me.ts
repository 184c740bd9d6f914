import { graphql, type ResultOf } from '../graphql/graphql.ts';

export const MeQuery = graphql(`
  query Me {
    me {
      id
      username
      displayName
      role
      region
      centralBody
    }
  }
`);

export type Viewer = ResultOf<typeof MeQuery>['me'];
export type Role = Viewer['role'];
