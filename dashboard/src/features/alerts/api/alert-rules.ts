import { graphql } from '@/lib/graphql/graphql.ts';
import { useQuery } from '@/lib/graphql/use-query.ts';

export const AlertRulesQuery = graphql(`
  query AlertRules {
    alertRules {
      id
      name
      muted
      revision
      condition {
        kind
        kpi
        unit
        period
        statuses
        threshold
        direction
        days
      }
      recipients {
        emails
        webhookUrl
      }
    }
  }
`);

export const useAlertRules = () => useQuery(AlertRulesQuery, {});

export const CreateAlertRuleMutation = graphql(`
  mutation CreateAlertRule($input: CreateAlertRuleInput!) {
    createAlertRule(input: $input) {
      __typename
      ... on AlertRuleValidationFailed { issues { path message } }
      ... on AlertRuleForbidden { message }
    }
  }
`);

export const MuteAlertRuleMutation = graphql(`
  mutation MuteAlertRule($input: AlertRuleActionInput!) {
    muteAlertRule(input: $input) {
      __typename
      ... on AlertRuleNotFound { message }
      ... on AlertRuleConflict { message }
    }
  }
`);

export const UnmuteAlertRuleMutation = graphql(`
  mutation UnmuteAlertRule($input: AlertRuleActionInput!) {
    unmuteAlertRule(input: $input) {
      __typename
      ... on AlertRuleNotFound { message }
      ... on AlertRuleConflict { message }
    }
  }
`);

export const DeleteAlertRuleMutation = graphql(`
  mutation DeleteAlertRule($input: AlertRuleActionInput!) {
    deleteAlertRule(input: $input) {
      __typename
      ... on AlertRuleNotFound { message }
      ... on AlertRuleConflict { message }
    }
  }
`);
