/** Something that must finish or be closed at shutdown, in order. */
export interface ShutdownStep {
  readonly name: string;
  run(): Promise<void> | void;
}

export interface GracefulShutdownOptions {
  /** The HTTP server: closing it stops accepting connections and waits for in-flight requests. */
  readonly app: {
    close(): Promise<unknown>;
    readonly server?: { closeAllConnections?(): void; closeIdleConnections?(): void };
  };
  /**
   * Live subscriptions (SSE) never finish by themselves: connections still open this long after
   * the close began are cut. Requests (appends) finish in milliseconds, well within it.
   */
  readonly streamGraceMs?: number;
  /** Closed last, after everything that writes to it has finished. */
  readonly store: { close(): Promise<void> };
  /** The projection runtime: stopping it saves each projection's checkpoint (snapshot). */
  readonly runner?: { stop(): Promise<void> };
  /**
   * Work that outlives its request and must finish before the store closes, e.g. the running
   * spreadsheet import (`() => imports.drain()`), then anything else to stop.
   */
  readonly drain?: readonly ShutdownStep[];
  readonly close?: readonly ShutdownStep[];
  /** Past this, exit with status 1 anyway. Keep it below the orchestrator's grace period (compose: 30 s). */
  readonly timeoutMs?: number;
  readonly signals?: readonly NodeJS.Signals[];
  readonly log?: {
    info(fields: object, message: string): void;
    error(fields: object, message: string): void;
  };
  readonly exit?: (code: number) => void;
}

export interface GracefulShutdown {
  /** Runs the shutdown once; later calls (a second signal) wait for the same one. */
  shutdown(reason: string): Promise<void>;
  uninstall(): void;
}

/**
 * On SIGTERM or SIGINT: stop taking requests and let in-flight ones finish (so every append a
 * client saw acknowledged is committed, and none is cut in half), let background work finish,
 * stop the projections (saving their checkpoints), close the store, exit 0. A step that fails is
 * logged and the next still runs: the store is closed whatever happened before.
 */
export const installGracefulShutdown = (options: GracefulShutdownOptions): GracefulShutdown => {
  const log = options.log ?? {
    info: (fields, message) => console.info(JSON.stringify({ level: 'info', msg: message, ...fields })),
    error: (fields, message) => console.error(JSON.stringify({ level: 'error', msg: message, ...fields })),
  };
  const exit = options.exit ?? ((code: number) => process.exit(code));
  const signals = options.signals ?? ['SIGTERM', 'SIGINT'];
  const steps: ShutdownStep[] = [
    { name: 'http server', run: () => closeServer(options.app, options.streamGraceMs ?? 5_000) },
    ...(options.drain ?? []),
    ...(options.runner ? [{ name: 'projections', run: () => options.runner!.stop() }] : []),
    ...(options.close ?? []),
    { name: 'event store', run: () => options.store.close() },
  ];
  let running: Promise<void> | null = null;

  const shutdown = (reason: string): Promise<void> => {
    running ??= (async () => {
      const started = Date.now();
      log.info({ reason }, 'shutting down: no new requests, finishing in-flight work');
      const timer = setTimeout(() => {
        log.error({ reason, timeoutMs: options.timeoutMs ?? 25_000 }, 'shutdown timed out; exiting anyway');
        exit(1);
      }, options.timeoutMs ?? 25_000);
      timer.unref();
      let failed = false;
      for (const step of steps) {
        try {
          await step.run();
        } catch (error) {
          failed = true;
          log.error({ step: step.name, error: (error as Error).message }, 'shutdown step failed');
        }
      }
      clearTimeout(timer);
      log.info(
        { reason, ms: Date.now() - started },
        failed ? 'shutdown finished with errors' : 'shutdown complete',
      );
      exit(failed ? 1 : 0);
    })();
    return running;
  };

  const onSignal = (signal: NodeJS.Signals) => void shutdown(signal);
  for (const signal of signals) process.on(signal, onSignal);
  return {
    shutdown,
    uninstall: () => {
      for (const signal of signals) process.off(signal, onSignal);
    },
  };
};

const closeServer = async (app: GracefulShutdownOptions['app'], graceMs: number): Promise<void> => {
  // A keep-alive connection whose request finishes after the close began would otherwise hold the
  // server open until its keep-alive timeout: close connections as soon as they fall idle.
  const idle = setInterval(() => app.server?.closeIdleConnections?.(), 50);
  const cut = setTimeout(() => app.server?.closeAllConnections?.(), graceMs);
  try {
    await app.close();
  } finally {
    clearInterval(idle);
    clearTimeout(cut);
  }
};
