/** Where the situation room stands: which page, and which stop (a section) within it. */
export interface RotationStop {
  readonly page: number;
  readonly stop: number;
}

/** The next section of the page, or the first of the next page once the last is shown; round and round. */
export const nextStop = (at: RotationStop, pages: number, stopsOnPage: number): RotationStop =>
  at.stop + 1 < stopsOnPage
    ? { page: at.page, stop: at.stop + 1 }
    : { page: (at.page + 1) % Math.max(1, pages), stop: 0 };

export const DEFAULT_SECONDS = 30;
const MIN_SECONDS = 5;
const MAX_SECONDS = 3600;

/** `?every=N` in the address: seconds per screen, kept within what a room can read. */
export const secondsPerScreen = (param: string | null): number => {
  const asked = Number(param);
  if (!param || !Number.isFinite(asked)) return DEFAULT_SECONDS;
  return Math.min(MAX_SECONDS, Math.max(MIN_SECONDS, Math.round(asked)));
};
