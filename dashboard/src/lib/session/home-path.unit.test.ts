import { describe, expect, it } from 'vitest';
import { homePath, mayOpenWorkspace, navigationFor } from './home-path.ts';

const officer = { role: 'REGIONAL_OFFICER', region: 'KZ-15' } as const;
const chair = { role: 'CHAIR', region: null } as const;

describe('where each role works', () => {
  it('lands each role on its own screen', () => {
    expect(homePath(chair)).toBe('/overview');
    expect(homePath({ role: 'ANALYST', region: null })).toBe('/overview');
    expect(homePath(officer)).toBe('/regions/KZ-15');
    expect(homePath({ role: 'ADMINISTRATOR', region: null })).toBe('/users');
    expect(homePath({ role: 'CENTRAL_BODY_OFFICER', region: null })).toBe('/body');
  });

  it("offers a central body's officer their body's page only", () => {
    expect(navigationFor({ role: 'CENTRAL_BODY_OFFICER', region: null }).map((i) => i.to)).toEqual(['/body']);
  });

  it('offers an officer only their own region and nothing country-wide', () => {
    expect(navigationFor(officer).map((i) => i.to)).toEqual(['/regions/KZ-15']);
    expect(navigationFor(chair).map((i) => i.to)).toEqual([
      '/overview',
      '/charts',
      '/alerts',
      '/targets',
      '/report-schedules',
    ]);
    // Report schedules are the chair's and deputies' alone, as the server's REPORT_SCHEDULERS.
    expect(navigationFor({ role: 'ANALYST', region: null }).map((i) => i.to)).not.toContain(
      '/report-schedules',
    );
  });

  it('opens a workspace only for an officer of that region', () => {
    expect(mayOpenWorkspace(officer, 'KZ-15')).toBe(true);
    expect(mayOpenWorkspace(officer, 'KZ-71')).toBe(false);
    expect(mayOpenWorkspace(chair, 'KZ-15')).toBe(false);
    expect(mayOpenWorkspace({ role: 'REGIONAL_OFFICER', region: null }, 'KZ-15')).toBe(false);
  });
});
