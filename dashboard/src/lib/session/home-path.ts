import type { Viewer } from './me.ts';

type Role = Viewer['role'];

export const workspacePath = (region: string) => `/regions/${region}`;

/** A central body's officer's page: their body's figures. */
export const BODY_PATH = '/body';

/** Where a role starts, and what its navigation offers. */
export const homePath = (viewer: Pick<Viewer, 'role' | 'region'>): string => {
  switch (viewer.role) {
    case 'CHAIR':
    case 'DEPUTY_CHAIR':
    case 'ANALYST':
      return '/overview';
    case 'REGIONAL_OFFICER':
      return viewer.region ? workspacePath(viewer.region) : '/forbidden';
    case 'ADMINISTRATOR':
      return '/users';
    case 'CENTRAL_BODY_OFFICER':
      // A body's officer starts on their body's own figures and the forms that submit for it.
      return BODY_PATH;
    default: {
      const unknown: never = viewer.role;
      return unknown;
    }
  }
};

export interface NavItem {
  readonly to: string;
  readonly label:
    | 'nav.overview'
    | 'nav.charts'
    | 'nav.alerts'
    | 'nav.targets'
    | 'nav.reportSchedules'
    | 'nav.workspace'
    | 'nav.body'
    | 'nav.users';
}

/** The chair and a deputy chair see the same pages: a deputy governs as the chair does. */
const GOVERNOR_NAV: readonly NavItem[] = [
  { to: '/overview', label: 'nav.overview' },
  { to: '/charts', label: 'nav.charts' },
  { to: '/alerts', label: 'nav.alerts' },
  { to: '/targets', label: 'nav.targets' },
  { to: '/report-schedules', label: 'nav.reportSchedules' },
];

/** The chair or a deputy chair: sets targets, writes the commentary, keeps report schedules. */
export const governs = (role: Role): boolean => role === 'CHAIR' || role === 'DEPUTY_CHAIR';

/** Those who keep the review report's e-mail schedules (the server's REPORT_SCHEDULERS). */
export const REPORT_SCHEDULERS: readonly Role[] = ['CHAIR', 'DEPUTY_CHAIR'];

/** Those who read every region's figures and keep alert rules: the chair, deputies and analysts. */
export const COUNTRY_READERS: readonly Role[] = ['CHAIR', 'DEPUTY_CHAIR', 'ANALYST'];

export const navigationFor = (viewer: Pick<Viewer, 'role' | 'region'>): readonly NavItem[] => {
  const byRole: Record<Role, readonly NavItem[]> = {
    CHAIR: GOVERNOR_NAV,
    DEPUTY_CHAIR: GOVERNOR_NAV,
    ANALYST: [
      { to: '/overview', label: 'nav.overview' },
      { to: '/charts', label: 'nav.charts' },
      { to: '/alerts', label: 'nav.alerts' },
    ],
    REGIONAL_OFFICER: viewer.region ? [{ to: workspacePath(viewer.region), label: 'nav.workspace' }] : [],
    CENTRAL_BODY_OFFICER: [{ to: BODY_PATH, label: 'nav.body' }],
    ADMINISTRATOR: [{ to: '/users', label: 'nav.users' }],
  };
  return byRole[viewer.role];
};

/** An officer reads and writes one region; the country-wide roles have no regional workspace. */
export const mayOpenWorkspace = (viewer: Pick<Viewer, 'role' | 'region'>, region: string): boolean =>
  viewer.role === 'REGIONAL_OFFICER' && viewer.region === region;
