import { describe, expect, it } from 'vitest';
import type { StreamEvent } from '../projection.ts';
import { foldChart } from './evolve-chart.ts';
import { savedChartsProjection } from './projection.ts';
import { boardOf, chartsOwnedBy, savedChart } from './queries.ts';

const chartId = '0b6f1c2e-4e0a-4c53-8d1c-2f4b7a0c9e11';
const spec = { chartType: 'LINE', measures: ['causesRemoved'], dimensions: [], filters: {} };
let position = 0;
const recorded = (type: string, data: object, at: string, streamId = `chart-${chartId}`): StreamEvent => ({
  id: `e${position}`,
  streamId,
  type,
  revision: position,
  position: ++position,
  data,
  metadata: {
    recordedAt: at,
    submittedBy: 'analyst-1',
    region: null,
    submissionId: `s${position}`,
    correlationId: 'c',
    channel: 'api',
  },
});

describe('a saved chart folded from its stream', () => {
  it('is nothing before it was saved', () => {
    expect(foldChart([])).toBeNull();
  });

  it('takes the latest name and spec, keeps its owner and creation, and marks a deletion', () => {
    position = 0;
    const events = [
      recorded('ChartSaved', { chartId, name: 'A', spec, owner: 'analyst-1' }, '2026-11-20T06:00:00Z'),
      recorded('ChartRenamed', { chartId, name: 'B' }, '2026-11-21T06:00:00Z'),
      recorded('ChartUpdated', { chartId, spec: { ...spec, chartType: 'BAR' } }, '2026-11-22T06:00:00Z'),
    ];
    expect(foldChart(events)).toEqual({
      chartId,
      name: 'B',
      spec: { ...spec, chartType: 'BAR' },
      owner: 'analyst-1',
      createdAt: '2026-11-20T06:00:00Z',
      updatedAt: '2026-11-22T06:00:00Z',
      revision: 2,
      deleted: false,
    });
    const deleted = foldChart([...events, recorded('ChartDeleted', { chartId }, '2026-11-23T06:00:00Z')]);
    expect(deleted).toMatchObject({ deleted: true, revision: 3, name: 'B' });
  });

  it('ignores changes to a chart that was never saved', () => {
    expect(foldChart([recorded('ChartRenamed', { chartId, name: 'B' }, '2026-11-21T06:00:00Z')])).toBeNull();
  });
});

describe('the saved charts projection', () => {
  const otherId = '1c7a2d3f-5f1b-4d64-9e2d-3a5c8b1d0f22';
  const given = (events: readonly StreamEvent[]) =>
    events.reduce(savedChartsProjection.evolve, savedChartsProjection.initialState());

  it("lists an analyst's charts most recently changed first, without deleted ones or others' charts", () => {
    position = 0;
    const state = given([
      recorded('ChartSaved', { chartId, name: 'A', spec, owner: 'analyst-1' }, '2026-11-20T06:00:00Z'),
      recorded(
        'ChartSaved',
        { chartId: otherId, name: 'B', spec, owner: 'analyst-1' },
        '2026-11-21T06:00:00Z',
        `chart-${otherId}`,
      ),
      recorded('ChartRenamed', { chartId, name: 'A2' }, '2026-11-22T06:00:00Z'),
    ]);
    expect(chartsOwnedBy(state, 'analyst-1').map((c) => c.name)).toEqual(['A2', 'B']);
    expect(chartsOwnedBy(state, 'analyst-2')).toEqual([]);
    expect(savedChart(state, chartId.toUpperCase())?.name).toBe('A2');
    savedChartsProjection.evolve(state, recorded('ChartDeleted', { chartId }, '2026-11-23T06:00:00Z'));
    expect(chartsOwnedBy(state, 'analyst-1').map((c) => c.name)).toEqual(['B']);
    expect(savedChart(state, chartId)).toBeNull();
  });

  it('keeps each board in its latest order, dropping charts deleted since', () => {
    position = 0;
    const board = 'board-analyst-1';
    const state = given([
      recorded('ChartSaved', { chartId, name: 'A', spec, owner: 'analyst-1' }, '2026-11-20T06:00:00Z'),
      recorded(
        'ChartSaved',
        { chartId: otherId, name: 'B', spec, owner: 'analyst-1' },
        '2026-11-20T07:00:00Z',
        `chart-${otherId}`,
      ),
      recorded(
        'BoardArranged',
        { owner: 'analyst-1', chartIds: [otherId, chartId] },
        '2026-11-20T08:00:00Z',
        board,
      ),
    ]);
    expect(boardOf(state, 'analyst-1').map((c) => c.name)).toEqual(['B', 'A']);
    savedChartsProjection.evolve(
      state,
      recorded('ChartDeleted', { chartId: otherId }, '2026-11-21T06:00:00Z', `chart-${otherId}`),
    );
    expect(boardOf(state, 'analyst-1').map((c) => c.name)).toEqual(['A']);
    expect(boardOf(state, 'analyst-2')).toEqual([]);
  });
});
