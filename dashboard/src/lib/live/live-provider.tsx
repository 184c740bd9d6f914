import { createContext, type ReactNode, useContext } from 'react';

export type LiveStatus = 'idle' | 'connecting' | 'open' | 'interrupted';

const LiveStatusContext = createContext<LiveStatus>('idle');

/** The kpiChanged subscription joins here once the API offers it; until then nothing is live. */
export const LiveProvider = ({ children }: { children: ReactNode }) => (
  <LiveStatusContext.Provider value="idle">{children}</LiveStatusContext.Provider>
);

export const useLiveStatus = (): LiveStatus => useContext(LiveStatusContext);
