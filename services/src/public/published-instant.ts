const HOUR_MS = 60 * 60 * 1000;
const DAY_MS = 24 * HOUR_MS;

/**
 * The instant the public page's figures are as known at: now less the publication delay, floored
 * to the hour. Flooring makes the figures (and every download of them) one fixed thing for an
 * hour, so they can be cached by that instant and a reader comparing two downloads within the
 * hour gets the same file.
 */
export const publishedInstant = (now: Date, delayDays: number): Date => {
  const delayed = now.getTime() - delayDays * DAY_MS;
  return new Date(Math.floor(delayed / HOUR_MS) * HOUR_MS);
};

/** Seconds until the published instant moves on: how long a cache in front of us may keep an answer. */
export const secondsUntilNextInstant = (now: Date): number =>
  Math.max(1, Math.ceil((HOUR_MS - (now.getTime() % HOUR_MS)) / 1000));
