import {
  boardOf,
  chartsOwnedBy,
  foldChart,
  type LiveReadModel,
  type SavedChartsState,
  type SavedChartView,
  savedChart,
} from '@kpi/projections';
import {
  almatyDate,
  BoardArrangedData,
  type ChartEventType,
  ChartSavedData,
  type ChartSpec,
  ChartSpecData,
  chartStreams,
  text,
  toFieldIssues,
} from '@kpi/schema';
import { CHART_EDITORS, CHART_READERS, hasRole, REFUSED } from '../identity/policy.ts';
import type { Viewer } from '../identity/viewer.ts';
import {
  type EventStore,
  type NewEvent,
  type RecordedEvent,
  WrongExpectedRevisionError,
} from '../store/port.ts';
import { chartEvents } from './chart-events.ts';
import { asInputIssues, type ChartOutcome, refused, succeeded } from './chart-refusal.ts';
import { deriveId } from './derive-id.ts';

const notAnalyst = { kind: 'Forbidden', message: REFUSED.onlyAnalystsChart } as const;

export interface SaveChartInput {
  readonly submissionId: string;
  readonly name: string;
  readonly spec: unknown;
}
export interface UpdateChartInput {
  readonly submissionId: string;
  readonly chartId: string;
  readonly name?: string | null;
  readonly spec?: unknown;
  readonly expectedRevision?: number | null;
}
export interface DeleteChartInput {
  readonly submissionId: string;
  readonly chartId: string;
  readonly expectedRevision?: number | null;
}
export interface ArrangeBoardInput {
  readonly submissionId: string;
  readonly chartIds: readonly string[];
}

interface Deps {
  readonly store: EventStore;
  readonly clock: () => Date;
  /** The projection runtime's saved-charts read model (`runtime.live('charts')`), started. */
  readonly charts: LiveReadModel<SavedChartsState>;
}

/**
 * An analyst's saved charts and board. A change is decided on the chart's own stream (its
 * revision guards against a concurrent edit); lists are read from the runtime's read model, which
 * each change waits to reach before answering, so the next list shows it.
 */
export class SavedCharts {
  readonly #store: EventStore;
  readonly #clock: () => Date;
  readonly #charts: LiveReadModel<SavedChartsState>;

  constructor(deps: Deps) {
    this.#store = deps.store;
    this.#clock = deps.clock;
    this.#charts = deps.charts;
  }

  async save(
    viewer: Viewer,
    input: SaveChartInput,
    correlationId: string,
  ): Promise<ChartOutcome<SavedChartView>> {
    if (!hasRole(viewer, CHART_EDITORS)) return refused(notAnalyst);
    const chartId = deriveId('chart', viewer.userId, input.submissionId);
    const now = this.#clock();
    const parsed = ChartSavedData.safeParse({
      chartId,
      name: input.name,
      spec: input.spec,
      owner: viewer.userId,
      occurredOn: almatyDate(now),
    });
    if (!parsed.success)
      return refused({ kind: 'ValidationFailed', issues: asInputIssues(toFieldIssues(parsed.error)) });
    const streamId = chartStreams.chart(chartId);
    const events = chartEvents(streamId, viewer, input.submissionId, correlationId, now, [
      ['ChartSaved', parsed.data],
    ]);
    try {
      const { position } = await this.#store.append(streamId, events, { expectedRevision: 'no_stream' });
      return succeeded(await this.#seen(chartId, position));
    } catch (error) {
      if (!(error instanceof WrongExpectedRevisionError)) throw error;
      // The same submission arrived twice: answer as the first did, once the model has it too.
      const history = await this.#store.readStream(streamId);
      return succeeded(await this.#seen(chartId, history.at(-1)!.position));
    }
  }

  async update(
    viewer: Viewer,
    input: UpdateChartInput,
    correlationId: string,
  ): Promise<ChartOutcome<SavedChartView>> {
    const found = await this.#editable(viewer, input.chartId, input.submissionId);
    if (!found.ok || found.value.repeated) return found.ok ? succeeded(found.value.chart) : found;
    const { chart } = found.value;
    const issues = [];
    const changes: [ChartEventType, unknown][] = [];
    const now = this.#clock();
    const occurredOn = almatyDate(now);
    if (input.name !== undefined && input.name !== null) {
      const name = text(200).safeParse(input.name);
      if (!name.success) issues.push(...toFieldIssues(name.error, 'name'));
      else if (name.data !== chart.name)
        changes.push(['ChartRenamed', { chartId: chart.chartId, name: name.data, occurredOn }]);
    }
    if (input.spec !== undefined && input.spec !== null) {
      const spec = ChartSpecData.safeParse(input.spec);
      if (!spec.success) issues.push(...toFieldIssues(spec.error, 'spec'));
      else if (!sameSpec(spec.data, chart.spec))
        changes.push(['ChartUpdated', { chartId: chart.chartId, spec: spec.data, occurredOn }]);
    }
    if (issues.length > 0) return refused({ kind: 'ValidationFailed', issues });
    const stale = staleRevision(chart, input.expectedRevision);
    if (stale) return stale;
    if (changes.length === 0) return succeeded(chart);
    return this.#change(
      chart,
      chartEvents(chartStreams.chart(chart.chartId), viewer, input.submissionId, correlationId, now, changes),
    );
  }

  async delete(
    viewer: Viewer,
    input: DeleteChartInput,
    correlationId: string,
  ): Promise<ChartOutcome<SavedChartView>> {
    const found = await this.#editable(viewer, input.chartId, input.submissionId);
    if (!found.ok || found.value.repeated) return found.ok ? succeeded(found.value.chart) : found;
    const { chart } = found.value;
    const stale = staleRevision(chart, input.expectedRevision);
    if (stale) return stale;
    const now = this.#clock();
    const data = { chartId: chart.chartId, occurredOn: almatyDate(now) };
    return this.#change(
      chart,
      chartEvents(chartStreams.chart(chart.chartId), viewer, input.submissionId, correlationId, now, [
        ['ChartDeleted', data],
      ]),
    );
  }

  async arrange(
    viewer: Viewer,
    input: ArrangeBoardInput,
    correlationId: string,
  ): Promise<ChartOutcome<SavedChartView[]>> {
    if (!hasRole(viewer, CHART_EDITORS)) return refused(notAnalyst);
    const now = this.#clock();
    const parsed = BoardArrangedData.safeParse({
      owner: viewer.userId,
      chartIds: input.chartIds,
      occurredOn: almatyDate(now),
    });
    if (!parsed.success)
      return refused({ kind: 'ValidationFailed', issues: asInputIssues(toFieldIssues(parsed.error)) });
    const streamId = chartStreams.board(viewer.userId);
    const history = await this.#store.readStream(streamId);
    const earlier = history.findLast((e) => isSameSubmission(e, viewer, input.submissionId));
    if (earlier) await this.#charts.waitFor(earlier.position);
    else {
      const charts = await Promise.all(parsed.data.chartIds.map((id) => this.#read(id)));
      const issues = charts.flatMap((chart, i) =>
        chart && !chart.deleted
          ? []
          : [
              {
                path: `chartIds.${i}`,
                code: 'not_found',
                message: 'this chart does not exist or was deleted',
              },
            ],
      );
      if (issues.length > 0) return refused({ kind: 'ValidationFailed', issues });
      const events = chartEvents(streamId, viewer, input.submissionId, correlationId, now, [
        ['BoardArranged', parsed.data],
      ]);
      const { position } = await this.#store.append(streamId, events);
      await this.#charts.waitFor(position);
    }
    return succeeded(await this.board(viewer));
  }

  /** A chart anyone allowed to read charts may open by its id; null when unknown or deleted. */
  async get(viewer: Viewer, chartId: string): Promise<SavedChartView | null> {
    if (!hasRole(viewer, CHART_READERS)) return null;
    return savedChart(this.#state(), chartId);
  }

  /** The charts the analyst owns, most recently changed first. */
  async mine(viewer: Viewer): Promise<SavedChartView[]> {
    return hasRole(viewer, CHART_EDITORS) ? chartsOwnedBy(this.#state(), viewer.userId) : [];
  }

  /** The analyst's board in order; charts deleted since it was arranged drop out. */
  async board(viewer: Viewer): Promise<SavedChartView[]> {
    return hasRole(viewer, CHART_EDITORS) ? boardOf(this.#state(), viewer.userId) : [];
  }

  #state(): SavedChartsState {
    return this.#charts.current().state;
  }

  /** The chart as the read model holds it once it has reached `position` (deleted ones included). */
  async #seen(chartId: string, position: number): Promise<SavedChartView> {
    await this.#charts.waitFor(position);
    return this.#state().charts.get(chartId)!;
  }

  async #read(chartId: string): Promise<SavedChartView | null> {
    if (!/^[0-9a-f-]{36}$/i.test(chartId)) return null;
    return foldChart(await this.#store.readStream(chartStreams.chart(chartId.toLowerCase())));
  }

  /** The chart, if the viewer owns it; `repeated` when this submission was already recorded on it. */
  async #editable(
    viewer: Viewer,
    chartId: string,
    submissionId: string,
  ): Promise<ChartOutcome<{ chart: SavedChartView; repeated: boolean }>> {
    if (!hasRole(viewer, CHART_EDITORS)) return refused(notAnalyst);
    const history = /^[0-9a-f-]{36}$/i.test(chartId)
      ? await this.#store.readStream(chartStreams.chart(chartId.toLowerCase()))
      : [];
    const chart = foldChart(history);
    const repeated = history.some((e) => isSameSubmission(e, viewer, submissionId));
    if (chart === null || (chart.deleted && !repeated)) {
      return refused({
        kind: 'NotFound',
        id: chartId,
        message: `chart ${chartId} does not exist or was deleted`,
      });
    }
    if (chart.owner !== viewer.userId) {
      return refused({
        kind: 'Forbidden',
        message: REFUSED.onlyChartOwner,
      });
    }
    return succeeded({ chart, repeated });
  }

  async #change(chart: SavedChartView, events: NewEvent[]): Promise<ChartOutcome<SavedChartView>> {
    let position: number;
    try {
      ({ position } = await this.#store.append(chartStreams.chart(chart.chartId), events, {
        expectedRevision: chart.revision,
      }));
    } catch (error) {
      if (!(error instanceof WrongExpectedRevisionError)) throw error;
      const current = await this.#read(chart.chartId);
      return refused({
        kind: 'Conflict',
        currentRevision: current?.revision ?? chart.revision,
        message: 'someone changed this chart meanwhile; reopen it to see the latest version',
      });
    }
    return succeeded(await this.#seen(chart.chartId, position));
  }
}

const isSameSubmission = (event: RecordedEvent, viewer: Viewer, submissionId: string): boolean =>
  event.metadata.submissionId === submissionId && event.metadata.submittedBy === viewer.userId;

const staleRevision = (
  chart: SavedChartView,
  expected: number | null | undefined,
): ChartOutcome<never> | null =>
  expected === undefined || expected === null || expected === chart.revision
    ? null
    : refused({
        kind: 'Conflict',
        currentRevision: chart.revision,
        message: 'someone changed this chart meanwhile; reopen it to see the latest version',
      });

const sameSpec = (a: ChartSpec, b: ChartSpec): boolean => JSON.stringify(a) === JSON.stringify(b);
