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
      ... on AlertRuleValidationFailed { issues { path code values { date limit id count } } }
      ... on AlertRuleForbidden { __typename }
    }
  }
`);

export const MuteAlertRuleMutation = graphql(`
  mutation MuteAlertRule($input: AlertRuleActionInput!) {
    muteAlertRule(input: $input) {
      __typename
      ... on AlertRuleNotFound { __typename }
      ... on AlertRuleConflict { __typename }
    }
  }
`);

export const UnmuteAlertRuleMutation = graphql(`
  mutation UnmuteAlertRule($input: AlertRuleActionInput!) {
    unmuteAlertRule(input: $input) {
      __typename
      ... on AlertRuleNotFound { __typename }
      ... on AlertRuleConflict { __typename }
    }
  }
`);

export const DeleteAlertRuleMutation = graphql(`
  mutation DeleteAlertRule($input: AlertRuleActionInput!) {
    deleteAlertRule(input: $input) {
      __typename
      ... on AlertRuleNotFound { __typename }
      ... on AlertRuleConflict { __typename }
    }
  }
`);
