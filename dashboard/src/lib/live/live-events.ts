/** What the server said changed; queries decide whether it concerns them. */
export interface LiveChange {
  readonly position: string | null;
  readonly regions: readonly string[];
  readonly measures: readonly string[];
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
