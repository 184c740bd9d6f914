import { useCallback, useRef } from 'react';

/**
 * One submission id per intended change: a retry after a failed request reuses it, so the server
 * answers as the first time instead of saving twice; a new change (`renew`) gets a fresh one.
 */
export const useSubmissionId = () => {
  const id = useRef<string>(crypto.randomUUID());
  const current = useCallback(() => id.current, []);
  const renew = useCallback(() => {
    id.current = crypto.randomUUID();
  }, []);
  return { current, renew };
};
