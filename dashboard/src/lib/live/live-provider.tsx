import { createContext, type ReactNode, useContext, useEffect, useState } from 'react';
import { subscribe } from '../graphql/subscribe.ts';
import { useSession } from '../session/session.tsx';
import { KpiChangedSubscription } from './kpi-changed.ts';
import { liveEvents } from './live-events.ts';

export type LiveStatus = 'idle' | 'connecting' | 'open' | 'interrupted';

const LiveStatusContext = createContext<LiveStatus>('idle');

const FOLLOWERS = new Set(['CHAIR', 'DEPUTY_CHAIR', 'ANALYST', 'REGIONAL_OFFICER']);

/**
 * One kpiChanged subscription for the signed-in app (an officer's is bound to their region by the
 * server). Each change fans out to the live queries on screen; after a reconnect every live query
 * refetches once, since changes may have been missed while the connection was down.
 */
export const LiveProvider = ({ children }: { children: ReactNode }) => {
  const { viewer } = useSession();
  const [status, setStatus] = useState<LiveStatus>('idle');
  const follows = viewer ? FOLLOWERS.has(viewer.role) : false;
  const region = viewer?.role === 'REGIONAL_OFFICER' ? viewer.region : null;

  useEffect(() => {
    if (!follows) {
      setStatus('idle');
      return;
    }
    setStatus('connecting');
    let opened = false;
    const stop = subscribe(
      KpiChangedSubscription,
      { filter: region ? { regions: [region] } : null },
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
  }, [follows, region]);

  return <LiveStatusContext.Provider value={status}>{children}</LiveStatusContext.Provider>;
};

export const useLiveStatus = (): LiveStatus => useContext(LiveStatusContext);
