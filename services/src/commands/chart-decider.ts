import { evolveChart, type SavedChartView } from '@kpi/projections';
import {
  type ChartSpec,
  ChartSpecData,
  chartStreams,
  type EventData,
  type FieldIssue,
  text,
  toFieldIssues,
} from '@kpi/schema';
import { REFUSED } from '../identity/policy.ts';
import { refuse } from './refusal.ts';
import type { DecidedEvent, StreamDecider } from './stream-decider.ts';

/**
 * An analyst's saved-chart commands, each decided against one stream: a chart's own, or the
 * analyst's board. The caller makes the new chart's id and reads "now"; for a board, it reads
 * which of the named charts exist (each is another stream) before the command is built.
 */
export type ChartCommand =
  | { readonly type: 'SaveChart'; readonly data: EventData<'ChartSaved'> }
  | {
      readonly type: 'UpdateChart';
      readonly chartId: string;
      readonly submittedBy: string;
      /** As submitted: checked here against the chart's name and spec, absent when unchanged. */
      readonly name?: unknown;
      readonly spec?: unknown;
      readonly expectedRevision?: number;
      readonly occurredOn: string;
    }
  | {
      readonly type: 'DeleteChart';
      readonly chartId: string;
      readonly submittedBy: string;
      readonly expectedRevision?: number;
      readonly occurredOn: string;
    }
  | {
      readonly type: 'ArrangeBoard';
      readonly data: EventData<'BoardArranged'>;
      /** Positions in `chartIds` of charts that do not exist or were deleted, as their streams tell. */
      readonly missing: readonly number[];
    };

/** A chart as its stream tells it (null before it is saved); a board needs no state. */
export type ChartState = SavedChartView | null;

export const decideChart = (command: ChartCommand, chart: ChartState): DecidedEvent[] => {
  switch (command.type) {
    case 'SaveChart':
      // The id derives from the analyst and the submission: only a resubmission meets it, and that is answered before.
      if (chart !== null) {
        refuse({
          kind: 'Conflict',
          message: `chart ${command.data.chartId} exists already`,
          streamId: chartStreams.chart(command.data.chartId),
        });
      }
      return [{ type: 'ChartSaved', data: command.data }];
    case 'UpdateChart': {
      const own = ownChart(chart, command);
      const changes = changesOf(command, own);
      stale(own, command.expectedRevision);
      return changes;
    }
    case 'DeleteChart': {
      const own = ownChart(chart, command);
      stale(own, command.expectedRevision);
      return [{ type: 'ChartDeleted', data: { chartId: own.chartId, occurredOn: command.occurredOn } }];
    }
    case 'ArrangeBoard':
      if (command.missing.length > 0) {
        refuse({
          kind: 'ValidationFailed',
          issues: command.missing.map((i) => ({
            path: `chartIds.${i}`,
            code: 'not_found',
            message: 'this chart does not exist or was deleted',
          })),
        });
      }
      return [{ type: 'BoardArranged', data: command.data }];
    default: {
      const unknown: never = command;
      throw new Error(`unknown chart command ${(unknown as { type: string }).type}`);
    }
  }
};

/** The chart, when it exists and the submitter owns it. */
const ownChart = (
  chart: ChartState,
  command: { readonly chartId: string; readonly submittedBy: string },
): SavedChartView => {
  if (chart === null || chart.deleted) {
    return refuse({
      kind: 'NotFound',
      id: command.chartId,
      message: `chart ${command.chartId} does not exist or was deleted`,
    });
  }
  if (chart.owner !== command.submittedBy) refuse({ kind: 'Forbidden', message: REFUSED.onlyChartOwner });
  return chart;
};

/** A rename and a new spec, each only when it differs from what the chart has; invalid fields refuse all. */
const changesOf = (
  command: Extract<ChartCommand, { type: 'UpdateChart' }>,
  chart: SavedChartView,
): DecidedEvent[] => {
  const issues: FieldIssue[] = [];
  const changes: DecidedEvent[] = [];
  const { chartId } = chart;
  const { occurredOn } = command;
  if (command.name !== undefined && command.name !== null) {
    const name = text(200).safeParse(command.name);
    if (!name.success) issues.push(...toFieldIssues(name.error, 'name', command.name));
    else if (name.data !== chart.name)
      changes.push({ type: 'ChartRenamed', data: { chartId, name: name.data, occurredOn } });
  }
  if (command.spec !== undefined && command.spec !== null) {
    const spec = ChartSpecData.safeParse(command.spec);
    if (!spec.success) issues.push(...toFieldIssues(spec.error, 'spec', command.spec));
    else if (!sameSpec(spec.data, chart.spec))
      changes.push({ type: 'ChartUpdated', data: { chartId, spec: spec.data, occurredOn } });
  }
  if (issues.length > 0) refuse({ kind: 'ValidationFailed', issues });
  return changes;
};

const stale = (chart: SavedChartView, expected: number | undefined): void => {
  if (expected === undefined || expected === chart.revision) return;
  refuse({
    kind: 'Conflict',
    message: 'someone changed this chart meanwhile; reopen it to see the latest version',
    streamId: chartStreams.chart(chart.chartId),
  });
};

const sameSpec = (a: ChartSpec, b: ChartSpec): boolean => JSON.stringify(a) === JSON.stringify(b);

export const chartDecider: StreamDecider<ChartCommand, ChartState> = {
  initialState: () => null,
  evolve: evolveChart,
  decide: decideChart,
};

/** The stream a command is decided against. */
export const chartStreamOf = (command: ChartCommand): string => {
  switch (command.type) {
    case 'SaveChart':
      return chartStreams.chart(command.data.chartId);
    case 'ArrangeBoard':
      return chartStreams.board(command.data.owner);
    default:
      return chartStreams.chart(command.chartId);
  }
};
