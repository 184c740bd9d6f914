import { chartStreams } from '@kpi/schema';
import { describe, it } from 'vitest';
import { chartDecider } from './chart-decider.ts';
import { givenStream, stored } from './stream-decider.test-support.ts';

const given = givenStream(chartDecider);
const chartId = '33333333-3333-4333-8333-333333333333';
const stream = chartStreams.chart(chartId);
const on = '2026-06-01';
const spec = { measures: ['causesRemoved'], chartType: 'line' };
const saved = { chartId, name: 'Removed by month', spec, owner: 'analyst-1', occurredOn: on };
const existing = stored(stream, 0, 'ChartSaved', saved, 'analyst-1');

describe('chart decider', () => {
  it('saves a new chart', () => {
    given()
      .when({ type: 'SaveChart', data: saved as never })
      .thenRecords({ type: 'ChartSaved', data: saved });
  });

  it("refuses a change to another analyst's chart", () => {
    given(existing)
      .when({ type: 'UpdateChart', chartId, submittedBy: 'analyst-2', name: 'Mine now', occurredOn: on })
      .thenForbidden();
    given(existing)
      .when({ type: 'DeleteChart', chartId, submittedBy: 'analyst-2', occurredOn: on })
      .thenForbidden();
  });

  it('refuses an unknown or deleted chart as not found', () => {
    given()
      .when({ type: 'DeleteChart', chartId, submittedBy: 'analyst-1', occurredOn: on })
      .thenNotFound(chartId);
    given(existing, stored(stream, 1, 'ChartDeleted', { chartId, occurredOn: on }, 'analyst-1'))
      .when({ type: 'UpdateChart', chartId, submittedBy: 'analyst-1', name: 'Again', occurredOn: on })
      .thenNotFound(chartId);
  });

  it('renames only when the name differs, and names an invalid field', () => {
    given(existing)
      .when({
        type: 'UpdateChart',
        chartId,
        submittedBy: 'analyst-1',
        name: 'Removed by month',
        occurredOn: on,
      })
      .thenRecords();
    given(existing)
      .when({ type: 'UpdateChart', chartId, submittedBy: 'analyst-1', name: 'By region', occurredOn: on })
      .thenRecords({ type: 'ChartRenamed', data: { chartId, name: 'By region', occurredOn: on } });
    given(existing)
      .when({ type: 'UpdateChart', chartId, submittedBy: 'analyst-1', name: '', occurredOn: on })
      .thenInvalid(['name', 'required']);
  });

  it('refuses an edit of a version the editor no longer sees', () => {
    given(existing, stored(stream, 1, 'ChartRenamed', { chartId, name: 'B', occurredOn: on }, 'analyst-1'))
      .when({ type: 'DeleteChart', chartId, submittedBy: 'analyst-1', expectedRevision: 0, occurredOn: on })
      .thenConflict(stream);
  });

  it('refuses a board naming charts that do not exist, by position', () => {
    const data = { owner: 'analyst-1', chartIds: [chartId, chartId.replace('3', '4')], occurredOn: on };
    given()
      .when({ type: 'ArrangeBoard', data, missing: [1] })
      .thenInvalid(['chartIds.1', 'not_found']);
    given().when({ type: 'ArrangeBoard', data, missing: [] }).thenRecords({ type: 'BoardArranged', data });
  });
});
