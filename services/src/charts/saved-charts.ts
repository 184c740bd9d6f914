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
import { ChartCatalog } from './chart-catalog.ts';
import { chartEvents } from './chart-events.ts';
import { asInputIssues, type ChartOutcome, refused, succeeded } from './chart-refusal.ts';
import { foldBoard, foldChart, type SavedChartView } from './chart-state.ts';
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
}

export class SavedCharts {
  readonly #store: EventStore;
  readonly #clock: () => Date;
  readonly #catalog: ChartCatalog;

  constructor(deps: Deps) {
    this.#store = deps.store;
    this.#clock = deps.clock;
    this.#catalog = new ChartCatalog(deps.store);
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
      await this.#store.append(streamId, events, { expectedRevision: 'no_stream' });
    } catch (error) {
      if (!(error instanceof WrongExpectedRevisionError)) throw error;
      // The same submission arrived twice: answer as the first did.
    }
    return succeeded((await this.#read(chartId))!);
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
    if (!history.some((e) => isSameSubmission(e, viewer, input.submissionId))) {
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
      await this.#store.append(streamId, events);
    }
    return succeeded(await this.board(viewer));
  }

  /** A chart anyone allowed to read charts may open by its id; null when unknown or deleted. */
  async get(viewer: Viewer, chartId: string): Promise<SavedChartView | null> {
    if (!hasRole(viewer, CHART_READERS)) return null;
    const chart = await this.#read(chartId);
    return chart && !chart.deleted ? chart : null;
  }

  async mine(viewer: Viewer): Promise<SavedChartView[]> {
    return hasRole(viewer, CHART_EDITORS) ? this.#catalog.ownedBy(viewer.userId) : [];
  }

  /** The analyst's board in order; charts deleted since it was arranged drop out. */
  async board(viewer: Viewer): Promise<SavedChartView[]> {
    if (!hasRole(viewer, CHART_EDITORS)) return [];
    const ids = foldBoard(await this.#store.readStream(chartStreams.board(viewer.userId)));
    const charts = await Promise.all(ids.map((id) => this.#read(id)));
    return charts.filter((c): c is SavedChartView => c !== null && !c.deleted);
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
    try {
      await this.#store.append(chartStreams.chart(chart.chartId), events, {
        expectedRevision: chart.revision,
      });
    } catch (error) {
      if (!(error instanceof WrongExpectedRevisionError)) throw error;
      const current = await this.#read(chart.chartId);
      return refused({
        kind: 'Conflict',
        currentRevision: current?.revision ?? chart.revision,
        message: 'someone changed this chart meanwhile; reopen it to see the latest version',
      });
    }
    return succeeded((await this.#read(chart.chartId))!);
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
