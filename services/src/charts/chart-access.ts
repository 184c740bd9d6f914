import type { Viewer } from '../api/viewer.ts';

/**
 * Who may do what with saved charts: analysts build, save and arrange charts; an analyst or the
 * chair opens any chart by its id (sharing is by URL, within the agency); only the analyst who
 * saved a chart changes or deletes it. Officers and anonymous callers reach none of it.
 */
export const CHART_EDITORS = ['ANALYST'] as const;
export const CHART_READERS = ['ANALYST', 'CHAIR'] as const;

export const notAnalyst = {
  kind: 'Forbidden',
  message: 'only analysts save, change and arrange charts',
} as const;
export const isEditor = (viewer: Viewer): boolean =>
  (CHART_EDITORS as readonly string[]).includes(viewer.role);
export const isReader = (viewer: Viewer): boolean =>
  (CHART_READERS as readonly string[]).includes(viewer.role);
