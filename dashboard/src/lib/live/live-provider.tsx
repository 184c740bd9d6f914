import { createContext, type ReactNode, useContext, useEffect, useState } from 'react';
import { subscribe } from '../graphql/subscribe.ts';
import { useSession } from '../session/session.tsx';
import { KpiChangedSubscription } from './kpi-changed.ts';
import { liveEvents } from './live-events.ts';

export type LiveStatus = 'idle' | 'connecting' | 'open' | 'interrupted';

const LiveStatusContext = createContext<LiveStatus>('idle');

const FOLLOWERS = new Set(['CHAIR', 'DEPUTY_CHAIR', 'ANALYST', 'REGIONAL_OFFICER', 'CENTRAL_BODY_OFFICER']);

/** What an officer follows: their region's or their body's changes (the server binds them so anyway). */
const followedBy = (
  viewer: { role: string; region?: string | null; centralBody?: string | null } | null | undefined,
) => {
  if (viewer?.role === 'REGIONAL_OFFICER' && viewer.region) return { regions: [viewer.region] };
  if (viewer?.role === 'CENTRAL_BODY_OFFICER' && viewer.centralBody) return { units: [viewer.centralBody] };
  return null;
};

/**
 * One kpiChanged subscription for the signed-in app (an officer's is bound to their own unit, a
 * region or a central body, by the server). Each change fans out to the live queries on screen; after a reconnect every live query
 * refetches once, since changes may have been missed while the connection was down.
 */
export const LiveProvider = ({ children }: { children: ReactNode }) => {
  const { viewer } = useSession();
  const [status, setStatus] = useState<LiveStatus>('idle');
  const follows = viewer ? FOLLOWERS.has(viewer.role) : false;
  const filter = followedBy(viewer);
  // The filter as a key, so that a new session object with the same unit keeps the connection.
  const filterKey = JSON.stringify(filter);

  useEffect(() => {
    if (!follows) {
      setStatus('idle');
      return;
    }
    setStatus('connecting');
    let opened = false;
    const stop = subscribe(
      KpiChangedSubscription,
      { filter: JSON.parse(filterKey) as typeof filter },
      {
        open: () => {
          setStatus('open');
          if (opened)
            liveEvents.emit({ position: null, regions: [], kpis: [], reset: true, receivedAt: Date.now() });
          opened = true;
        },
        next: ({ kpiChanged }) => {
          setStatus('open');
          liveEvents.emit({ ...kpiChanged, receivedAt: Date.now() });
        },
        error: () => setStatus('interrupted'),
      },
    );
    return stop;
  }, [follows, filterKey]);

  return <LiveStatusContext.Provider value={status}>{children}</LiveStatusContext.Provider>;
};

export const useLiveStatus = (): LiveStatus => useContext(LiveStatusContext);
