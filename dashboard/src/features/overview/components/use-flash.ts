import { useEffect, useState } from 'react';

/** True for a moment after `changedAt` moves: the quiet cue that a number just changed. */
export const useFlash = (changedAt: number | null, durationMs = 2400): boolean => {
  const [on, setOn] = useState(false);
  useEffect(() => {
    if (changedAt === null) return;
    setOn(true);
    const timer = setTimeout(() => setOn(false), durationMs);
    return () => clearTimeout(timer);
  }, [changedAt, durationMs]);
  return on;
};
