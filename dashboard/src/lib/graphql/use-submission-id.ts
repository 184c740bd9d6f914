import { useCallback, useRef } from 'react';

/**
 * One submission id per intended change (a user action): a retry after a failed request reuses
 * it, so the server answers as the first time instead of saving twice; once an answer arrives,
 * the next change gets a fresh one (`renew`). Shared by every form that sends a `submissionId`.
 */
export const useSubmissionId = () => {
  const id = useRef<string>(crypto.randomUUID());
  const current = useCallback(() => id.current, []);
  const renew = useCallback(() => {
    id.current = crypto.randomUUID();
  }, []);
  return { current, renew };
};
