/** What the server said changed; queries decide whether it concerns them. */
export interface LiveChange {
  readonly position: number | null;
  readonly regions: readonly string[];
  readonly kpis: readonly string[];
  /** Everything may have changed: a rebuild on the server, or a reconnect after missed messages. */
  readonly reset: boolean;
  readonly receivedAt: number;
}

type Listener = (change: LiveChange) => void;

/**
 * One fan-out point between the app's single kpiChanged subscription and every live query on the
 * screen, so a screen with ten numbers holds one connection, not ten.
 */
export const createLiveEvents = () => {
  const listeners = new Set<Listener>();
  return {
    emit: (change: LiveChange) => {
      for (const listener of listeners) listener(change);
    },
    listen: (listener: Listener) => {
      listeners.add(listener);
      return () => {
        listeners.delete(listener);
      };
    },
  };
};

export type LiveEvents = ReturnType<typeof createLiveEvents>;

export const liveEvents: LiveEvents = createLiveEvents();

/** Whether a change touches numbers scoped to `region` (null: the whole country) and these KPIs. */
export const concerns = (change: LiveChange, region: string | null, kpis: readonly string[]): boolean => {
  if (change.reset) return true;
  if (region !== null && change.regions.length > 0 && !change.regions.includes(region)) return false;
  return change.kpis.length === 0 || change.kpis.some((kpi) => kpis.includes(kpi));
};
