import type { Viewer } from './me.ts';

type Role = Viewer['role'];

export const workspacePath = (region: string) => `/regions/${region}`;

/** Where a role starts, and what its navigation offers. */
export const homePath = (viewer: Pick<Viewer, 'role' | 'region'>): string => {
  switch (viewer.role) {
    case 'CHAIR':
    case 'ANALYST':
      return '/overview';
    case 'REGIONAL_OFFICER':
      return viewer.region ? workspacePath(viewer.region) : '/forbidden';
    case 'ADMINISTRATOR':
      return '/users';
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
    | 'nav.workspace'
    | 'nav.users';
}

export const navigationFor = (viewer: Pick<Viewer, 'role' | 'region'>): readonly NavItem[] => {
  const byRole: Record<Role, readonly NavItem[]> = {
    CHAIR: [
      { to: '/overview', label: 'nav.overview' },
      { to: '/charts', label: 'nav.charts' },
      { to: '/alerts', label: 'nav.alerts' },
      { to: '/targets', label: 'nav.targets' },
    ],
    ANALYST: [
      { to: '/overview', label: 'nav.overview' },
      { to: '/charts', label: 'nav.charts' },
      { to: '/alerts', label: 'nav.alerts' },
    ],
    REGIONAL_OFFICER: viewer.region ? [{ to: workspacePath(viewer.region), label: 'nav.workspace' }] : [],
    ADMINISTRATOR: [{ to: '/users', label: 'nav.users' }],
  };
  return byRole[viewer.role];
};

/** An officer reads and writes one region; the country-wide roles have no regional workspace. */
export const mayOpenWorkspace = (viewer: Pick<Viewer, 'role' | 'region'>, region: string): boolean =>
  viewer.role === 'REGIONAL_OFFICER' && viewer.region === region;
