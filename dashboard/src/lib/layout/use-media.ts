import { useCallback, useSyncExternalStore } from 'react';

/** A phone held upright (or a narrow window): where a chart's legend wraps to several lines. */
export const PHONE_QUERY = '(max-width: 640px)';

/**
 * Whether the window matches a media query now, followed as it changes (a phone turned, a window
 * narrowed). For what a stylesheet cannot size: a chart library takes its height as a number.
 */
export const useMedia = (query: string): boolean => {
  const subscribe = useCallback(
    (changed: () => void) => {
      const media = window.matchMedia?.(query);
      media?.addEventListener('change', changed);
      return () => media?.removeEventListener('change', changed);
    },
    [query],
  );
  return useSyncExternalStore(subscribe, () => window.matchMedia?.(query).matches ?? false);
};
