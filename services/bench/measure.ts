import { cpus, loadavg, totalmem } from 'node:os';

export const perSecond = (count: number, ms: number): number => Math.round((count / ms) * 1000);

/** A rate, and the CPU time per event when known: on a shared machine the CPU time varies less. */
export const formatRate = (count: number, ms: number, cpuMicros?: number): string =>
  `${perSecond(count, ms).toLocaleString('en-US')} events/s (${count.toLocaleString('en-US')} in ${(ms / 1000).toFixed(2)} s` +
  (cpuMicros === undefined ? ')' : `, CPU ${(cpuMicros / count).toFixed(1)} µs/event)`);

/** Wall and CPU time (user + system, this process) of `work`. */
export const clock = () => {
  const wall = performance.now();
  const cpu = process.cpuUsage();
  return () => {
    const used = process.cpuUsage(cpu);
    return { ms: performance.now() - wall, cpuMicros: used.user + used.system };
  };
};

export const machine = (): string =>
  `${cpus().length} cores, ${cpus()[0]?.model ?? 'unknown CPU'}, ${(totalmem() / 2 ** 30).toFixed(1)} GiB, Node ${process.version}`;

/** The machine is shared: the load average says how much of it the run had. */
export const load = (): string =>
  `load average ${loadavg()
    .map((l) => l.toFixed(2))
    .join(' ')}`;

/** A count from the environment (e.g. BENCH_EVENTS=100000), else the default. */
export const countFromEnv = (name: string, fallback: number): number => {
  const value = Number(process.env[name]);
  return Number.isSafeInteger(value) && value > 0 ? value : fallback;
};
