import { alertStreams } from '@kpi/schema';
import { describe, it } from 'vitest';
import { alertRuleDecider } from './alert-rule-decider.ts';
import { givenStream, stored } from './stream-decider.test-support.ts';

const given = givenStream(alertRuleDecider);
const ruleId = '55555555-5555-4555-8555-555555555555';
const stream = alertStreams.rule(ruleId);
const on = '2026-06-01';
const created = stored(stream, 0, 'AlertRuleCreated', {
  ruleId,
  name: 'Slow removal',
  condition: {},
  recipients: {},
  occurredOn: on,
});
const action = { ruleId, occurredOn: on };

describe('alert rule decider', () => {
  it('refuses a rule that was never created, or was deleted, as not found', () => {
    given().when({ type: 'MuteAlertRule', data: action }).thenNotFound(ruleId);
    given(created, stored(stream, 1, 'AlertRuleDeleted', action))
      .when({ type: 'UnmuteAlertRule', data: action })
      .thenNotFound(ruleId);
    given(created, stored(stream, 1, 'AlertRuleDeleted', action))
      .when({ type: 'ChangeAlertRule', data: { ruleId, occurredOn: on, name: 'x' } })
      .thenNotFound(ruleId);
  });

  it('mutes once and unmutes only a muted rule: the other way records nothing', () => {
    given(created)
      .when({ type: 'MuteAlertRule', data: action })
      .thenRecords({ type: 'AlertRuleMuted', data: action });
    given(created, stored(stream, 1, 'AlertRuleMuted', action))
      .when({ type: 'MuteAlertRule', data: action })
      .thenRecords();
    given(created).when({ type: 'UnmuteAlertRule', data: action }).thenRecords();
  });

  it('refuses a change made on a revision the editor no longer sees', () => {
    given(created, stored(stream, 1, 'AlertRuleMuted', action))
      .when({ type: 'DeleteAlertRule', data: action, expectedRevision: 0 })
      .thenConflict(stream);
  });

  it('names the invalid fields of a change', () => {
    given(created)
      .when({
        type: 'ChangeAlertRule',
        data: { ruleId, occurredOn: on, name: '', condition: {}, recipients: {} },
      })
      .thenInvalid(
        ['name', 'required'],
        ['condition.kind', 'required'],
        ['condition.unit', 'required'],
        ['recipients.emails', 'required'],
        ['recipients.webhookUrl', 'required'],
      );
  });
});
