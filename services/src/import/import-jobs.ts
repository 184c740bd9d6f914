import type { CommandServices } from '../commands/command-services.ts';
import { DEFAULT_IMPORT_LIMITS, type ImportLimits } from './limits.ts';
import { UnreadableFileError } from './parse.ts';
import { type ImportProgress, type ImportReport, type ImportRequest, runImport } from './run-import.ts';

export interface ImportJob {
  readonly id: string;
  readonly ownerId: string;
  readonly eventType: ImportRequest['eventType'];
  readonly dryRun: boolean;
  readonly createdAt: Date;
  progress: ImportProgress;
  report: ImportReport | null;
  /** Why the file could not be imported at all (unreadable, empty), or an internal failure. */
  error: string | null;
  finishedAt: Date | null;
}

/** What imports need of the running app: the command path, and ids for their jobs. */
export type ImportServices = CommandServices & { readonly newId: () => string };

const KEEP_FINISHED_MS = 60 * 60_000;

/**
 * Imports run in the background, one at a time per process (a 50,000-row file takes the CPU for
 * seconds; two at once would only slow both). The upload answers the job id at once; the
 * dashboard follows `importJob(id)` or the `importJobProgress` subscription.
 */
export class ImportJobs {
  readonly #services: ImportServices;
  readonly #jobs = new Map<string, ImportJob>();
  readonly #listeners = new Map<string, Set<(job: ImportJob) => void>>();
  #queue: Promise<void> = Promise.resolve();
  /** What one upload may hold; the upload route refuses a larger body before reading it. */
  readonly limits: ImportLimits;

  constructor(services: ImportServices, limits: ImportLimits = DEFAULT_IMPORT_LIMITS) {
    this.#services = services;
    this.limits = limits;
  }

  start(request: ImportRequest): ImportJob {
    this.#forgetOld();
    const job: ImportJob = {
      id: this.#services.newId(),
      ownerId: request.submitter.userId,
      eventType: request.eventType,
      dryRun: !request.commit,
      createdAt: this.#services.clock(),
      progress: { phase: 'queued', processedRows: 0, totalRows: 0 },
      report: null,
      error: null,
      finishedAt: null,
    };
    this.#jobs.set(job.id, job);
    this.#queue = this.#queue.then(() => this.#run(job, request));
    return job;
  }

  async #run(job: ImportJob, request: ImportRequest): Promise<void> {
    try {
      job.report = await runImport(
        this.#services,
        request,
        (progress) => {
          job.progress = progress;
          this.#notify(job);
        },
        this.limits,
      );
      job.progress = { phase: 'done', processedRows: job.report.totalRows, totalRows: job.report.totalRows };
    } catch (error) {
      job.error = error instanceof UnreadableFileError ? error.message : 'the import failed unexpectedly';
      if (!(error instanceof UnreadableFileError)) console.error('import job failed', job.id, error);
      job.progress = { ...job.progress, phase: 'failed' };
    }
    job.finishedAt = this.#services.clock();
    this.#notify(job);
  }

  /** A job is visible to the officer who started it only. */
  get(id: string, viewerId: string): ImportJob | null {
    const job = this.#jobs.get(id);
    return job && job.ownerId === viewerId ? job : null;
  }

  /** Resolves when the job has finished (tests, the command line). */
  async finished(id: string): Promise<ImportJob> {
    const job = this.#jobs.get(id);
    if (!job) throw new Error(`no import job ${id}`);
    for await (const snapshot of this.follow(job)) if (snapshot.finishedAt) return snapshot;
    return job;
  }

  /** The job now, then at every change until it finishes. */
  async *follow(job: ImportJob): AsyncGenerator<ImportJob> {
    const pending: ImportJob[] = [];
    let wake: (() => void) | null = null;
    const listener = (changed: ImportJob) => {
      pending.push(changed);
      wake?.();
    };
    const listeners = this.#listeners.get(job.id) ?? new Set();
    this.#listeners.set(job.id, listeners);
    listeners.add(listener);
    try {
      let snapshot: ImportJob = { ...job };
      yield snapshot;
      while (!snapshot.finishedAt) {
        if (pending.length === 0 && !job.finishedAt) await new Promise<void>((resolve) => (wake = resolve));
        wake = null;
        pending.length = 0;
        snapshot = { ...job };
        yield snapshot;
      }
    } finally {
      listeners.delete(listener);
    }
  }

  /** Waits for the running imports to finish (graceful shutdown). */
  drain(): Promise<void> {
    return this.#queue;
  }

  #notify(job: ImportJob): void {
    for (const listener of this.#listeners.get(job.id) ?? []) listener(job);
  }

  #forgetOld(): void {
    const cutoff = this.#services.clock().getTime() - KEEP_FINISHED_MS;
    for (const [id, job] of this.#jobs)
      if (job.finishedAt && job.finishedAt.getTime() < cutoff) this.#jobs.delete(id);
  }
}
