import { graphql, type ResultOf } from '@/lib/graphql/graphql.ts';

/** An import job's progress and, once checked, its report with the bad rows by line and column. */
export const ImportJobQuery = graphql(`
  query ImportJob($id: ID!) {
    importJob(id: $id) {
      id
      eventType
      dryRun
      phase
      processedRows
      totalRows
      error
      report {
        committed
        dryRun
        totalRows
        acceptedRows
        alreadyImportedRows
        eventsWritten
        issueCount
        issues(limit: 500) {
          line
          column
          field
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

export type ImportJob = NonNullable<ResultOf<typeof ImportJobQuery>['importJob']>;
