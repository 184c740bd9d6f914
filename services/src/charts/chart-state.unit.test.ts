import { describe, expect, it } from 'vitest';
import type { RecordedEvent } from '../store/port.ts';
import { foldBoard, foldChart } from './chart-state.ts';

const chartId = '0b6f1c2e-4e0a-4c53-8d1c-2f4b7a0c9e11';
const spec = { chartType: 'LINE', measures: ['causesRemoved'], dimensions: [], filters: {} };
let position = 0;
const recorded = (type: string, data: object, at: string): RecordedEvent => ({
  id: `e${position}`,
  streamId: `chart-${chartId}`,
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
    schemaVersion: 1,
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

  it('reads a board as its latest arrangement', () => {
    const a = recorded('BoardArranged', { owner: 'analyst-1', chartIds: ['x', 'y'] }, '2026-11-20T06:00:00Z');
    const b = recorded('BoardArranged', { owner: 'analyst-1', chartIds: ['y'] }, '2026-11-21T06:00:00Z');
    expect(foldBoard([a, b])).toEqual(['y']);
    expect(foldBoard([])).toEqual([]);
  });
});
