import { Counter, collectDefaultMetrics, Gauge, Histogram, Registry } from 'prom-client';

/** The product's Prometheus metrics, in one registry per process (tests create their own). */
export interface OpsMetrics {
  readonly registry: Registry;
  readonly eventsAppended: Counter<'type'>;
  readonly appendFailures: Counter<'reason'>;
  readonly appendDuration: Histogram<'outcome'>;
  readonly submissions: Counter<'outcome'>;
  readonly submissionsRefused: Counter<'reason'>;
  readonly graphqlDuration: Histogram<'operation' | 'type' | 'status'>;
  readonly httpDuration: Histogram<'method' | 'route' | 'status'>;
  /**
   * Counts what the command handler answered: `Succeeded` (and replays) as accepted submissions,
   * `ValidationFailed`, `NotFound`, `Forbidden`, `Conflict` as refusals by reason.
   */
  observeCommand(result: { readonly kind: string; readonly replayed?: boolean }): void;
  readonly signIns: Counter<'outcome'>;
  /** One password sign-in: `signed_in` and `refused` had the password checked, `limited` did not. */
  observeSignIn(outcome: SignInMetricOutcome): void;
}

export type SignInMetricOutcome = 'signed_in' | 'refused' | 'limited';

export interface OpsMetricsOptions {
  /** Also collect Node.js process metrics (CPU, memory, event loop lag). Default true. */
  readonly processMetrics?: boolean;
}

const LATENCY_BUCKETS = [0.002, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];

export const createOpsMetrics = (options: OpsMetricsOptions = {}): OpsMetrics => {
  const registry = new Registry();
  if (options.processMetrics ?? true) collectDefaultMetrics({ register: registry, prefix: 'kpi_' });
  const registers = [registry];
  const submissions = new Counter({
    name: 'kpi_submissions_total',
    help: 'Submissions answered by the command handler, by outcome (accepted, replayed, refused)',
    labelNames: ['outcome'] as const,
    registers,
  });
  // Per process, like the limits it shows: a guessing run appears as `limited` on each replica.
  const signIns = new Counter({
    name: 'kpi_sign_in_attempts_total',
    help: 'Password sign-ins by outcome: signed_in, refused (password checked and wrong), limited (refused unchecked)',
    labelNames: ['outcome'] as const,
    registers,
  });
  const submissionsRefused = new Counter({
    name: 'kpi_submissions_refused_total',
    help: 'Submissions refused, by reason: ValidationFailed, NotFound, Forbidden, Conflict',
    labelNames: ['reason'] as const,
    registers,
  });
  return {
    registry,
    eventsAppended: new Counter({
      name: 'kpi_events_appended_total',
      help: 'Events appended to the store by this process, by event type',
      labelNames: ['type'] as const,
      registers,
    }),
    appendFailures: new Counter({
      name: 'kpi_append_failures_total',
      help: 'Appends the store refused, by reason: conflict, invalid, duplicate_id, closed, error',
      labelNames: ['reason'] as const,
      registers,
    }),
    appendDuration: new Histogram({
      name: 'kpi_append_duration_seconds',
      help: 'Time of one append (or multi-stream append) to the store',
      labelNames: ['outcome'] as const,
      buckets: LATENCY_BUCKETS,
      registers,
    }),
    submissions,
    submissionsRefused,
    graphqlDuration: new Histogram({
      name: 'kpi_graphql_request_duration_seconds',
      help: 'GraphQL request latency by operation (its name, else its first field) and type',
      labelNames: ['operation', 'type', 'status'] as const,
      buckets: LATENCY_BUCKETS,
      registers,
    }),
    httpDuration: new Histogram({
      name: 'kpi_http_request_duration_seconds',
      help: 'HTTP request latency by route (other than /graphql and /metrics)',
      labelNames: ['method', 'route', 'status'] as const,
      buckets: LATENCY_BUCKETS,
      registers,
    }),
    signIns,
    observeSignIn(outcome) {
      signIns.inc({ outcome });
    },
    observeCommand(result) {
      if (result.kind === 'Succeeded')
        submissions.inc({ outcome: result.replayed ? 'replayed' : 'accepted' });
      else if (result.kind === 'SubmissionReused') submissions.inc({ outcome: 'replayed' });
      else {
        submissions.inc({ outcome: 'refused' });
        submissionsRefused.inc({ reason: result.kind });
      }
    },
  };
};

/**
 * Projection lag and store head, read when Prometheus scrapes (never stale, no timer). The
 * runtime answers `statuses()`: lag is the number of events after each projection's checkpoint.
 */
export const registerProjectionGauges = (
  metrics: OpsMetrics,
  projections: {
    statuses(): Promise<
      readonly { name: string; lag: number; checkpoint: number; headPosition: number; caughtUp: boolean }[]
    >;
  },
): void => {
  type Statuses = Awaited<ReturnType<typeof projections.statuses>>;
  // Prometheus collects every metric of a scrape at once: the gauges share one read of the statuses.
  let pending: Promise<Statuses> | null = null;
  const statuses = (): Promise<Statuses> => {
    pending ??= projections.statuses().finally(() => setTimeout(() => (pending = null), 250).unref());
    return pending;
  };
  const registers = [metrics.registry];
  new Gauge({
    name: 'kpi_projection_lag_events',
    help: 'Events in the log after the projection checkpoint, still to be applied',
    labelNames: ['projection'] as const,
    registers,
    async collect() {
      const all = await statuses();
      this.reset();
      for (const s of all) this.set({ projection: s.name }, s.lag);
    },
  });
  new Gauge({
    name: 'kpi_projection_checkpoint_position',
    help: 'Log position the projection has applied up to',
    labelNames: ['projection'] as const,
    registers,
    async collect() {
      const all = await statuses();
      this.reset();
      for (const s of all) this.set({ projection: s.name }, s.checkpoint);
    },
  });
  new Gauge({
    name: 'kpi_projection_caught_up',
    help: '1 once the projection has caught up with the log since start, else 0',
    labelNames: ['projection'] as const,
    registers,
    async collect() {
      const all = await statuses();
      this.reset();
      for (const s of all) this.set({ projection: s.name }, s.caughtUp ? 1 : 0);
    },
  });
  new Gauge({
    name: 'kpi_store_head_position',
    help: 'Position of the last event in the log',
    registers,
    async collect() {
      const head = (await statuses())[0]?.headPosition;
      if (head !== undefined) this.set(head);
    },
  });
};
