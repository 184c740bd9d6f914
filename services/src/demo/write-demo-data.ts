import { KPI_EVENT_TYPES } from '@kpi/projections';
import type { RegionCode } from '@kpi/schema';
import type { CommandServices } from '../commands/command-services.ts';
import { handleMany } from '../commands/handle.ts';
import type { Submitter } from '../identity/viewer.ts';
import { CoalescedAppends } from './coalesced-appends.ts';
import { almatyDayOf } from './demo-calendar.ts';
import { planDemoData } from './demo-plan.ts';
import type { PlannedCommand } from './planned-command.ts';

/** The officer of each region in whose name the demo submits. */
export const demoOfficer = (region: RegionCode): Submitter => ({
  userId: `demo-officer-${region.toLowerCase()}`,
  role: 'REGIONAL_OFFICER',
  region,
});

/** The chair in whose name the demo sets targets, where no chair account is given. */
export const demoChair: Submitter = { userId: 'demo-chair', role: 'CHAIR', region: null };

export interface DemoWriteResult {
  readonly commands: number;
  readonly events: number;
  readonly submissions: number;
}

/**
 * Submits a plan through the command handler (channel `seed`), as each region's officer would:
 * a day's work of one region goes in as one batch submission, recorded at the time of its last
 * command (the clock handed to the handler is moved through the plan's history). Every
 * invariant the handler keeps is checked on the way: a refused command is a bug in the plan and
 * stops the run. The submissions' appends are committed to the store many at a time (see
 * `CoalescedAppends`), which gives the same log as one transaction each, many times faster.
 */
export const writeDemoPlan = async (
  services: CommandServices,
  plan: readonly PlannedCommand[],
  options: {
    readonly correlationId: string;
    /** The store holds no domain events yet (checked by the caller). */
    readonly emptyStore?: boolean;
    /** Who submits for a region; a demo officer per region by default. */
    readonly officers?: (region: RegionCode) => Submitter;
    /** Who sets the chair's targets; a demo chair by default. */
    readonly chair?: Submitter;
    readonly onProgress?: (written: number, total: number) => void;
  },
): Promise<DemoWriteResult> => {
  let commands = 0;
  let events = 0;
  let submissions = 0;
  let start = 0;
  const store = new CoalescedAppends(services.store, { domainStreamsEmpty: options.emptyStore ?? false });
  const coalesced: CommandServices = { ...services, store };
  while (start < plan.length) {
    const day = almatyDayOf(plan[start]!.at);
    let end = start;
    while (end < plan.length && almatyDayOf(plan[end]!.at) === day) end += 1;
    // The chair's targets (no region) go in a batch of their own: targets are never mixed with events.
    const byRegion = new Map<RegionCode | null, PlannedCommand[]>();
    for (const item of plan.slice(start, end)) {
      const list = byRegion.get(item.region) ?? [];
      list.push(item);
      byRegion.set(item.region, list);
    }
    // Batches go in the order of their recording instant, so the log stays in recordedAt order.
    const batches = [...byRegion].sort(([, a], [, b]) => a[a.length - 1]!.at - b[b.length - 1]!.at);
    for (const [region, items] of batches) {
      const recordedAt = new Date(items[items.length - 1]!.at);
      const result = await handleMany(
        { ...coalesced, clock: () => recordedAt },
        region === null ? (options.chair ?? demoChair) : (options.officers ?? demoOfficer)(region),
        items.map(({ command, submissionId }) => ({ command, submissionId })),
        { correlationId: options.correlationId, channel: 'seed' },
      );
      if (!result.committed) throw new Error(`demo data refused: ${describeRefusal(result, items)}`);
      commands += items.length;
      events += result.eventsWritten;
      submissions += 1;
    }
    options.onProgress?.(commands, plan.length);
    start = end;
  }
  await store.flush();
  return { commands, events, submissions };
};

const describeRefusal = (
  result: Awaited<ReturnType<typeof handleMany>>,
  items: readonly PlannedCommand[],
): string => {
  if (result.failure) return JSON.stringify(result.failure);
  const index = result.outcomes.findIndex(
    (o) => o.kind !== 'Accepted' && !(o.kind === 'Succeeded' && o.replayed),
  );
  return `${items[index]?.submissionId} (${items[index]?.command.type}): ${JSON.stringify(result.outcomes[index])}`;
};

/** True when the log holds no KPI event yet (account events, such as the first administrator, may be there). */
export const hasNoDomainEvents = async (services: Pick<CommandServices, 'store'>): Promise<boolean> => {
  const kpiTypes = new Set<string>(KPI_EVENT_TYPES);
  let after = 0;
  for (;;) {
    const page = await services.store.readAll({ after, maxCount: 1_000 });
    if (page.some((event) => kpiTypes.has(event.type))) return false;
    if (page.length < 1_000) return true;
    after = page[page.length - 1]!.position;
  }
};

export interface EnsureDemoDataOptions {
  readonly seed: number;
  /** Events to write, about. */
  readonly size: number;
  /** Who submits for a region (e.g. the demo accounts where they exist); a demo officer per region by default. */
  readonly officers?: (region: RegionCode) => Submitter;
  /** Who sets the chair's targets (e.g. the demo chair account); a demo chair by default. */
  readonly chair?: Submitter;
  readonly onProgress?: (written: number, total: number) => void;
}

/**
 * Fills an empty store with demo history ending at the services' clock; a store that already
 * holds domain events is left as it is. For `main` at start-up, and the `seed` command.
 */
export const ensureDemoData = async (
  services: CommandServices,
  options: EnsureDemoDataOptions,
): Promise<(DemoWriteResult & { readonly written: true }) | { readonly written: false }> => {
  if (!(await hasNoDomainEvents(services))) return { written: false };
  const plan = planDemoData({ seed: options.seed, size: options.size, now: services.clock() });
  const result = await writeDemoPlan(services, plan, {
    correlationId: `demo-seed-${options.seed}`,
    emptyStore: true,
    ...(options.officers ? { officers: options.officers } : {}),
    ...(options.chair ? { chair: options.chair } : {}),
    ...(options.onProgress ? { onProgress: options.onProgress } : {}),
  });
  return { ...result, written: true };
};
