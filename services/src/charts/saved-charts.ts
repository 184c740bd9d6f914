import {
  boardOf,
  chartsOwnedBy,
  foldChart,
  type LiveReadModel,
  type SavedChartsState,
  type SavedChartView,
  savedChart,
} from '@kpi/projections';
import { almatyDate, chartStreams } from '@kpi/schema';
import { type ChartCommand, chartDecider, chartStreamOf } from '../commands/chart-decider.ts';
import type { CommandServices } from '../commands/command-services.ts';
import { handleCommand } from '../commands/handle.ts';
import { streamCommand } from '../commands/stream-decider.ts';
import type { StreamCommandResult } from '../commands/stream-handle.ts';
import { CHART_EDITORS, CHART_READERS, hasRole, REFUSED } from '../identity/policy.ts';
import type { Viewer } from '../identity/viewer.ts';
import type { EventStore } from '../store/port.ts';
import { type ChartOutcome, refused, succeeded } from './chart-refusal.ts';
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
  readonly metrics?: CommandServices['metrics'];
  /** The projection runtime's saved-charts read model (`runtime.live('charts')`), started. */
  readonly charts: LiveReadModel<SavedChartsState>;
}

/**
 * An analyst's saved charts and board. A change is decided by the chart decider against the
 * chart's own stream (or the board's) through the one command path, `handleCommand`; lists are
 * read from the runtime's read model, which each change waits to reach before answering, so the
 * next list shows it.
 */
export class SavedCharts {
  readonly #deps: Deps;
  readonly #charts: LiveReadModel<SavedChartsState>;

  constructor(deps: Deps) {
    this.#deps = deps;
    this.#charts = deps.charts;
  }

  async save(
    viewer: Viewer,
    input: SaveChartInput,
    correlationId: string,
  ): Promise<ChartOutcome<SavedChartView>> {
    if (!hasRole(viewer, CHART_EDITORS)) return refused(notAnalyst);
    const chartId = deriveId('chart', viewer.userId, input.submissionId);
    const data = {
      chartId,
      name: input.name,
      spec: input.spec,
      owner: viewer.userId,
      occurredOn: this.#today(),
    } as Extract<ChartCommand, { type: 'SaveChart' }>['data'];
    const result = await this.#submit(viewer, { type: 'SaveChart', data }, input.submissionId, correlationId);
    return result.kind === 'Succeeded'
      ? succeeded(await this.#seen(chartId, result.position))
      : this.#refused(result, chartId);
  }

  async update(
    viewer: Viewer,
    input: UpdateChartInput,
    correlationId: string,
  ): Promise<ChartOutcome<SavedChartView>> {
    if (!hasRole(viewer, CHART_EDITORS)) return refused(notAnalyst);
    const command: ChartCommand = {
      type: 'UpdateChart',
      chartId: normalised(input.chartId),
      submittedBy: viewer.userId,
      name: input.name,
      spec: input.spec,
      expectedRevision: input.expectedRevision ?? undefined,
      occurredOn: this.#today(),
    };
    return this.#changed(viewer, command, input.submissionId, correlationId);
  }

  async delete(
    viewer: Viewer,
    input: DeleteChartInput,
    correlationId: string,
  ): Promise<ChartOutcome<SavedChartView>> {
    if (!hasRole(viewer, CHART_EDITORS)) return refused(notAnalyst);
    const command: ChartCommand = {
      type: 'DeleteChart',
      chartId: normalised(input.chartId),
      submittedBy: viewer.userId,
      expectedRevision: input.expectedRevision ?? undefined,
      occurredOn: this.#today(),
    };
    return this.#changed(viewer, command, input.submissionId, correlationId);
  }

  async arrange(
    viewer: Viewer,
    input: ArrangeBoardInput,
    correlationId: string,
  ): Promise<ChartOutcome<SavedChartView[]>> {
    if (!hasRole(viewer, CHART_EDITORS)) return refused(notAnalyst);
    const chartIds = Array.isArray(input.chartIds) ? input.chartIds : [];
    // Each chart is its own stream: which exist is read here, before the board's command is built.
    const charts = await Promise.all(chartIds.map((id) => (isChartId(id) ? this.#read(id) : undefined)));
    const missing = charts.flatMap((chart, i) => (chart === null || chart?.deleted ? [i] : []));
    const data = { owner: viewer.userId, chartIds: input.chartIds, occurredOn: this.#today() } as Extract<
      ChartCommand,
      { type: 'ArrangeBoard' }
    >['data'];
    const result = await this.#submit(
      viewer,
      { type: 'ArrangeBoard', data, missing },
      input.submissionId,
      correlationId,
    );
    if (result.kind !== 'Succeeded') return this.#refused(result, '');
    await this.#charts.waitFor(result.position);
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

  #today(): string {
    return almatyDate(this.#deps.clock());
  }

  /** Through the one command path, as the analyst. */
  #submit(
    viewer: Viewer,
    command: ChartCommand,
    submissionId: string,
    correlationId: string,
  ): Promise<StreamCommandResult> {
    return handleCommand(this.#deps, viewer, streamCommand(chartDecider, chartStreamOf(command), command), {
      submissionId,
      correlationId,
      channel: 'api',
    });
  }

  async #changed(
    viewer: Viewer,
    command: Extract<ChartCommand, { chartId: string }>,
    submissionId: string,
    correlationId: string,
  ): Promise<ChartOutcome<SavedChartView>> {
    const result = await this.#submit(viewer, command, submissionId, correlationId);
    if (result.kind !== 'Succeeded') return this.#refused(result, command.chartId);
    return succeeded(await this.#seen(command.chartId, result.position));
  }

  /** The chart as the read model holds it once it has reached `position` (deleted ones included). */
  async #seen(chartId: string, position: number): Promise<SavedChartView> {
    await this.#charts.waitFor(position);
    return this.#state().charts.get(chartId)!;
  }

  async #read(chartId: string): Promise<SavedChartView | null> {
    if (!isChartId(chartId)) return null;
    return foldChart(await this.#deps.store.readStream(chartStreams.chart(normalised(chartId))));
  }

  async #refused(
    result: Exclude<StreamCommandResult, { kind: 'Succeeded' }>,
    chartId: string,
  ): Promise<ChartOutcome<never>> {
    switch (result.kind) {
      case 'Conflict':
      case 'SubmissionReused': {
        const current = await this.#read(chartId);
        return refused({
          kind: 'Conflict',
          currentRevision: current?.revision ?? -1,
          message: CHANGED_MEANWHILE,
        });
      }
      default:
        return refused(result);
    }
  }
}

const CHANGED_MEANWHILE = 'someone changed this chart meanwhile; reopen it to see the latest version';

const isChartId = (id: unknown): id is string => typeof id === 'string' && /^[0-9a-f-]{36}$/i.test(id);
const normalised = (chartId: string): string => (isChartId(chartId) ? chartId.toLowerCase() : chartId);
