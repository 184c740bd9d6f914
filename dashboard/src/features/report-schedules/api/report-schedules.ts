import { graphql } from '@/lib/graphql/graphql.ts';
import { useQuery } from '@/lib/graphql/use-query.ts';

export const ReportSchedulesQuery = graphql(`
  query ReportSchedules {
    reportSchedules {
      id
      cadence
      unit
      lang
      recipients
      revision
      lastSentPeriod
      lastSentAt
      failing
      sending { period status attempts lastError retryAt sentAt }
    }
  }
`);

export const useReportSchedules = () => useQuery(ReportSchedulesQuery, {});

export type ReportScheduleRow = NonNullable<
  ReturnType<typeof useReportSchedules>['data']
>['reportSchedules'][number];

// Every answer names its kind; the refusals carry what the screen needs to say which field or
// which revision was wrong.
export const CreateReportScheduleMutation = graphql(`
  mutation CreateReportSchedule($input: CreateReportScheduleInput!) {
    createReportSchedule(input: $input) {
      __typename
      ... on ReportScheduleValidationFailed { issues { path code } }
      ... on ReportScheduleForbidden { __typename }
      ... on ReportScheduleConflict { currentRevision }
      ... on ReportScheduleNotFound { __typename }
    }
  }
`);

export const ChangeReportScheduleMutation = graphql(`
  mutation ChangeReportSchedule($input: ChangeReportScheduleInput!) {
    changeReportSchedule(input: $input) {
      __typename
      ... on ReportScheduleValidationFailed { issues { path code } }
      ... on ReportScheduleForbidden { __typename }
      ... on ReportScheduleConflict { currentRevision }
      ... on ReportScheduleNotFound { __typename }
    }
  }
`);

export const WithdrawReportScheduleMutation = graphql(`
  mutation WithdrawReportSchedule($input: WithdrawReportScheduleInput!) {
    withdrawReportSchedule(input: $input) {
      __typename
      ... on ReportScheduleForbidden { __typename }
      ... on ReportScheduleConflict { currentRevision }
      ... on ReportScheduleNotFound { __typename }
    }
  }
`);
