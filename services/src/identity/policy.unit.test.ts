import { describe, expect, it } from 'vitest';
import {
  ACCOUNT_ADMINISTRATORS,
  ALERT_MANAGERS,
  boundRegions,
  boundUnits,
  COUNTRY_COMMAND_ROLES,
  canImport,
  canRead,
  canReadReport,
  canSubmit,
  hasRole,
  isOwnUnit,
  readableRegions,
  readableUnits,
  STATUS_READERS,
  submitRegionOf,
  submitUnitOf,
} from './policy.ts';

const officer = { userId: 'o', role: 'REGIONAL_OFFICER', region: 'KZ-15' } as const;
const unbound = { userId: 'u', role: 'REGIONAL_OFFICER', region: null } as const;
const chair = { userId: 'c', role: 'CHAIR', region: null } as const;

const deputy = { userId: 'd', role: 'DEPUTY_CHAIR', region: null } as const;
const bodyOfficer = {
  userId: 'b',
  role: 'CENTRAL_BODY_OFFICER',
  region: null,
  centralBody: 'MIN-HEALTH',
} as const;
const unboundBody = { userId: 'n', role: 'CENTRAL_BODY_OFFICER', region: null } as const;

describe('the authorisation policy', () => {
  it("binds a central body's officer to their body: submits for it, reads it, and no region nor another body", () => {
    expect(submitUnitOf(bodyOfficer)).toBe('MIN-HEALTH');
    expect(submitRegionOf(bodyOfficer)).toBeNull();
    expect(canSubmit(bodyOfficer, 'MIN-HEALTH')).toBe(true);
    expect(canSubmit(bodyOfficer, 'MIN-EDUCATION')).toBe(false);
    expect(canSubmit(bodyOfficer, 'KZ-15')).toBe(false);
    expect(canSubmit(officer, 'MIN-HEALTH')).toBe(false);
    expect(isOwnUnit('MIN-HEALTH', submitUnitOf(bodyOfficer))).toBe(true);
    expect(isOwnUnit('MIN-HEALTH', submitUnitOf(officer))).toBe(false);
    expect(readableUnits(bodyOfficer)).toEqual(['MIN-HEALTH']);
    expect(readableRegions(bodyOfficer)).toEqual([]);
    expect(boundRegions(bodyOfficer, null)).toEqual({ ok: false, denied: 'any region' });
    expect(boundRegions(bodyOfficer, ['KZ-15'])).toEqual({ ok: false, denied: 'KZ-15' });
    expect(canRead(bodyOfficer, 'MIN-HEALTH')).toBe(true);
    expect(canRead(bodyOfficer, 'MIN-EDUCATION')).toBe(false);
    expect(canRead(officer, 'MIN-HEALTH')).toBe(false);
    expect(canReadReport(bodyOfficer, 'KZ-15')).toBe(false);
    // A body's officer imports their body's rows; an account naming no body imports nothing.
    expect(canImport(bodyOfficer, 'unit')).toBe(true);
    expect(canImport(unboundBody, 'unit')).toBe(false);
    expect(canImport(bodyOfficer, 'targets')).toBe(false);
    // A survey's unit is a region or the country: its layout is a regional officer's only.
    expect(canImport(bodyOfficer, 'region')).toBe(false);
    expect(canImport(officer, 'region')).toBe(true);
    // An account of the role that names no body submits for nothing and reads nothing.
    expect(submitUnitOf(unboundBody)).toBeNull();
    expect(readableUnits(unboundBody)).toEqual([]);
  });

  it('lets a deputy chair govern as the chair does, but administer no account', () => {
    for (const command of Object.values(COUNTRY_COMMAND_ROLES))
      expect(hasRole(deputy, command.roles) === hasRole(chair, command.roles)).toBe(true);
    expect(hasRole(deputy, ALERT_MANAGERS)).toBe(true);
    expect(hasRole(deputy, STATUS_READERS)).toBe(true);
    expect(canImport(deputy, 'targets')).toBe(true);
    expect(canImport(deputy, 'unit')).toBe(false);
    expect(canReadReport(deputy, 'KZ-71')).toBe(true);
    expect(readableRegions(deputy)).toBe('all');
    expect(canSubmit(deputy)).toBe(false);
    expect(hasRole(deputy, ACCOUNT_ADMINISTRATORS)).toBe(false);
  });

  it('lets only a regional officer bound to a region submit, for that region', () => {
    expect(canSubmit(officer)).toBe(true);
    expect(canSubmit(officer, 'KZ-15')).toBe(true);
    expect(canSubmit(officer, 'KZ-71')).toBe(false);
    expect(canSubmit(unbound)).toBe(false);
    expect(canSubmit(chair)).toBe(false);
    expect(canSubmit(null)).toBe(false);
  });

  it('lets an officer read their own region and everyone else every region', () => {
    expect(readableRegions(officer)).toEqual(['KZ-15']);
    expect(readableRegions(unbound)).toEqual([]);
    expect(readableRegions(chair)).toBe('all');
    expect(canRead(officer, 'KZ-71')).toBe(false);
    expect(canRead(chair, 'KZ-71')).toBe(true);
  });

  it("binds an officer's read to their region and refuses another, naming it", () => {
    expect(boundRegions(officer, null)).toEqual({ ok: true, regions: ['KZ-15'] });
    expect(boundRegions(officer, ['KZ-15', 'KZ-71'])).toEqual({ ok: false, denied: 'KZ-71' });
    expect(boundRegions(unbound, null)).toEqual({ ok: false, denied: 'any region' });
    expect(boundRegions(chair, ['KZ-71'])).toEqual({ ok: true, regions: ['KZ-71'] });
    expect(boundRegions(chair, undefined)).toEqual({ ok: true, regions: null });
  });

  it("lets the chair and analysts read any unit's review report, an officer only their region's", () => {
    const analyst = { userId: 'a', role: 'ANALYST', region: null } as const;
    const admin = { userId: 'x', role: 'ADMINISTRATOR', region: null } as const;
    expect(['KZ', 'KZ-71'].map((unit) => [canReadReport(chair, unit), canReadReport(analyst, unit)])).toEqual(
      [
        [true, true],
        [true, true],
      ],
    );
    expect(['KZ-15', 'KZ-71', 'KZ'].map((unit) => canReadReport(officer, unit))).toEqual([
      true,
      false,
      false,
    ]);
    expect(canReadReport(unbound, 'KZ-15')).toBe(false);
    expect(canReadReport(admin, 'KZ')).toBe(false);
    expect(canReadReport(null, 'KZ')).toBe(false);
  });

  it('names who submits each country-wide command: targets and commentary the chair and deputies, comments on figures analysts too', () => {
    expect(
      Object.fromEntries(Object.entries(COUNTRY_COMMAND_ROLES).map(([type, rule]) => [type, rule.roles])),
    ).toEqual({
      SetTarget: ['CHAIR', 'DEPUTY_CHAIR'],
      WithdrawTarget: ['CHAIR', 'DEPUTY_CHAIR'],
      WriteReportCommentary: ['CHAIR', 'DEPUTY_CHAIR'],
      AddFigureComment: ['CHAIR', 'DEPUTY_CHAIR', 'ANALYST'],
      WithdrawFigureComment: ['CHAIR', 'DEPUTY_CHAIR', 'ANALYST'],
    });
  });

  it("binds a KPI read to an officer's own unit, refusing another region or body by name", () => {
    expect(boundUnits(bodyOfficer, {})).toEqual({ ok: true, regions: null, units: ['MIN-HEALTH'] });
    expect(boundUnits(bodyOfficer, { units: ['MIN-HEALTH'] })).toEqual({
      ok: true,
      regions: null,
      units: ['MIN-HEALTH'],
    });
    expect(boundUnits(bodyOfficer, { units: ['MIN-EDUCATION'] })).toEqual({
      ok: false,
      denied: 'MIN-EDUCATION',
    });
    expect(boundUnits(bodyOfficer, { regions: ['KZ-15'] })).toEqual({ ok: false, denied: 'KZ-15' });
    expect(boundUnits(officer, { regions: ['KZ-15'] })).toEqual({
      ok: true,
      regions: null,
      units: ['KZ-15'],
    });
    expect(boundUnits(officer, { units: ['MIN-HEALTH'] })).toEqual({ ok: false, denied: 'MIN-HEALTH' });
    expect(boundUnits(unbound, {})).toEqual({ ok: false, denied: 'any unit' });
    expect(boundUnits(chair, { units: ['MIN-HEALTH'] })).toEqual({
      ok: true,
      regions: null,
      units: ['MIN-HEALTH'],
    });
  });
});
