import { reportScheduleStream } from '@kpi/schema';
import { describe, it } from 'vitest';
import { reportScheduleDecider } from './report-schedule-decider.ts';
import { givenStream, stored } from './stream-decider.test-support.ts';

const given = givenStream(reportScheduleDecider);
const scheduleId = '66666666-6666-4666-8666-666666666666';
const stream = reportScheduleStream(scheduleId);
const on = '2026-06-01';
const body = { cadence: 'QUARTERLY', unit: 'KZ-15', lang: 'kk', recipients: ['chair@agency.kz'] };
const created = stored(stream, 0, 'ReportScheduleCreated', { scheduleId, ...body, occurredOn: on });
const withdraw = { scheduleId, occurredOn: on };

describe('report schedule decider', () => {
  it('records a change of cadence, unit, language or recipients, and nothing for the same again', () => {
    given(created)
      .when({
        type: 'ChangeReportSchedule',
        data: { scheduleId, ...body, cadence: 'MONTHLY', occurredOn: on },
      })
      .thenRecords({
        type: 'ReportScheduleChanged',
        data: { scheduleId, ...body, cadence: 'MONTHLY', occurredOn: on },
      });
    given(created)
      .when({ type: 'ChangeReportSchedule', data: { scheduleId, ...body, occurredOn: on } })
      .thenRecords();
  });

  it('refuses to change or withdraw a schedule never created, or withdrawn, as not found', () => {
    given().when({ type: 'WithdrawReportSchedule', data: withdraw }).thenNotFound(scheduleId);
    given(created, stored(stream, 1, 'ReportScheduleWithdrawn', withdraw))
      .when({ type: 'WithdrawReportSchedule', data: withdraw })
      .thenNotFound(scheduleId);
    given(created, stored(stream, 1, 'ReportScheduleWithdrawn', withdraw))
      .when({ type: 'ChangeReportSchedule', data: { scheduleId, ...body, occurredOn: on } })
      .thenNotFound(scheduleId);
  });

  it('refuses a change made on a revision the editor no longer sees', () => {
    given(
      created,
      stored(stream, 1, 'ReportScheduleChanged', { scheduleId, ...body, lang: 'en', occurredOn: on }),
    )
      .when({ type: 'WithdrawReportSchedule', data: withdraw, expectedRevision: 0 })
      .thenConflict(stream);
  });

  it('names the invalid fields of a change', () => {
    given(created)
      .when({
        type: 'ChangeReportSchedule',
        data: {
          scheduleId,
          occurredOn: on,
          cadence: 'WEEKLY',
          unit: 'KZ-00',
          lang: 'de',
          recipients: ['nobody'],
        },
      })
      .thenInvalid(
        ['cadence', 'invalid_value'],
        ['unit', 'invalid_value'],
        ['lang', 'invalid_value'],
        ['recipients.0', 'invalid_format'],
      );
    given(created)
      .when({ type: 'ChangeReportSchedule', data: { scheduleId, ...body, recipients: [], occurredOn: on } })
      .thenInvalid(['recipients', 'required']);
  });
});
