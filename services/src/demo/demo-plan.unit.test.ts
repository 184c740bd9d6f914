import { heldValue, judgedWindow, statusOf } from '@kpi/projections';
import { dayNumber, REGION_CODES } from '@kpi/schema';
import { describe, expect, it } from 'vitest';
import { COMMAND_TYPES, type Command, type CommandOf, isCountryCommand } from '../commands/command.ts';
import { newIdFor } from '../commands/prepare.ts';
import { almatyDayOf } from './demo-calendar.ts';
import { planDemoData } from './demo-plan.ts';
import type { PlannedCommand } from './planned-command.ts';

const NOW = new Date('2026-11-20T09:00:00Z');
/** Commands the demo data does not plan: none, every command is shown. */
const NOT_IN_DEMO: readonly string[] = [];
const plan = planDemoData({ seed: 2026, size: 20_000, now: NOW });

const ofType = <T extends Command['type']>(type: T) =>
  plan.filter((p): p is PlannedCommand & { command: CommandOf<T> } => p.command.type === type);
const occurredOn = (p: PlannedCommand) => (p.command.data as { occurredOn: string }).occurredOn;

describe('demo plan', () => {
  it('places the risks of district bodies in their district, of their region, and city bodies at region level', () => {
    const risks = ofType('IdentifyRisk');
    const inDistrict = risks.filter((p) => p.command.data.district !== undefined);
    expect(inDistrict.length).toBeGreaterThan(risks.length / 10);
    expect(inDistrict.length).toBeLessThan(risks.length);
    for (const p of inDistrict) {
      const data = p.command.data;
      expect(data.district).toMatch(new RegExp(`^${data.region.slice(3)}\\d{7}$`));
      expect(data.organization).toContain(data.districtName!.split(' ')[0]!.slice(0, -3));
    }
  });

  it('is the same for the same seed, different for another, and about the size asked', () => {
    expect(planDemoData({ seed: 2026, size: 20_000, now: NOW })).toEqual(plan);
    expect(planDemoData({ seed: 2027, size: 20_000, now: NOW })).not.toEqual(plan);
    const events = plan.reduce((n, p) => n + p.events, 0);
    expect(events).toBeGreaterThanOrEqual(20_000);
    expect(events).toBeLessThan(20_050);
  });

  it('records in time order, never after now nor before the business date, over more than two years', () => {
    const today = almatyDayOf(NOW.getTime());
    for (let i = 1; i < plan.length; i += 1) expect(plan[i]!.at).toBeGreaterThanOrEqual(plan[i - 1]!.at);
    for (const p of plan) {
      expect(p.at).toBeLessThanOrEqual(NOW.getTime());
      expect(dayNumber(occurredOn(p))).toBeLessThanOrEqual(almatyDayOf(p.at));
      expect(dayNumber(occurredOn(p))).toBeLessThanOrEqual(today);
    }
    const firstDay = Math.min(...plan.map((p) => dayNumber(occurredOn(p))));
    expect(today - firstDay).toBeGreaterThan(730);
  });

  it('uses every command, every region, with sizes and performance that differ', () => {
    expect(new Set(plan.map((p) => p.command.type))).toEqual(
      new Set(COMMAND_TYPES.filter((type) => !NOT_IN_DEMO.includes(type))),
    );
    const risksByRegion = new Map<string, number>();
    for (const p of ofType('IdentifyRisk'))
      risksByRegion.set(p.region!, (risksByRegion.get(p.region!) ?? 0) + 1);
    expect([...risksByRegion.keys()].sort()).toEqual([...REGION_CODES].sort());
    expect(risksByRegion.get('KZ-75')!).toBeGreaterThan(5 * risksByRegion.get('KZ-62')!);

    const removalShare = (region: string) => {
      const risks = ofType('IdentifyRisk').filter((p) => p.region === region).length;
      const removed = ofType('RecordTransformation')
        .filter((p) => p.region === region)
        .reduce((n, p) => n + p.command.data.removesRiskIds.length, 0);
      return removed / risks;
    };
    expect(removalShare('KZ-71')).toBeGreaterThan(removalShare('KZ-61') + 0.2);
  });

  it('puts land, procurement, construction, healthcare and education first among spheres', () => {
    const bySphere = new Map<string, number>();
    for (const p of ofType('IdentifyRisk'))
      bySphere.set(p.command.data.sphere, (bySphere.get(p.command.data.sphere) ?? 0) + 1);
    const top = [...bySphere]
      .sort((a, b) => b[1] - a[1])
      .slice(0, 5)
      .map(([sphere]) => sphere);
    expect(new Set(top)).toEqual(
      new Set(['LAND_RELATIONS', 'PUBLIC_PROCUREMENT', 'CONSTRUCTION', 'HEALTHCARE', 'EDUCATION']),
    );
  });

  it('finds fewer risks per day in January and August than in October and November', () => {
    const perMonth = new Array(12).fill(0);
    for (const p of ofType('IdentifyRisk')) perMonth[Number(occurredOn(p).slice(5, 7)) - 1] += 1;
    expect(perMonth[0] + perMonth[7]).toBeLessThan(0.75 * (perMonth[9] + perMonth[10]));
  });

  it('has late submissions, late and never-implemented recommendations, moved due dates and rejections', () => {
    const risks = ofType('IdentifyRisk');
    const late = risks.filter((p) => almatyDayOf(p.at) - dayNumber(occurredOn(p)) >= 14);
    expect(late.length / risks.length).toBeGreaterThan(0.05);
    expect(late.length / risks.length).toBeLessThan(0.2);

    const issued = ofType('IssueRecommendation');
    const implemented = new Map<string, string>();
    for (const t of ofType('RecordTransformation')) {
      for (const id of t.command.data.implementsRecommendationIds ?? [])
        implemented.set(id, t.command.data.occurredOn);
    }
    const dueOf = new Map(
      issued.map((p) => [newIdFor('IssueRecommendation', p.submissionId), p.command.data.dueOn]),
    );
    for (const moved of ofType('MoveRecommendationDueDate'))
      dueOf.set(moved.command.data.recommendationId, moved.command.data.dueOn);
    const lateOnes = [...implemented].filter(([id, on]) => on > dueOf.get(id)!);
    expect(lateOnes.length).toBeGreaterThan(0.15 * implemented.size);
    expect(issued.length - implemented.size).toBeGreaterThan(0.15 * issued.length);
    expect(ofType('MoveRecommendationDueDate').length).toBeGreaterThan(0.05 * issued.length);
    expect(ofType('RejectRecommendation').length).toBeGreaterThan(0.02 * issued.length);
  });

  it('brings removed causes back in the same organization, process and cause category', () => {
    const identified = ofType('IdentifyRisk');
    const keyOf = (d: CommandOf<'IdentifyRisk'>['data']) =>
      `${d.organization}|${d.process}|${d.causeCategory}`;
    const byId = new Map(identified.map((p) => [newIdFor('IdentifyRisk', p.submissionId), p]));
    const lastIdentified = new Map<string, string>();
    for (const p of identified) {
      const key = keyOf(p.command.data);
      if ((lastIdentified.get(key) ?? '') < p.command.data.occurredOn)
        lastIdentified.set(key, p.command.data.occurredOn);
    }
    const recurrences = ofType('RecordTransformation').filter((t) => {
      const risk = byId.get(t.command.data.removesRiskIds[0]!)!;
      return (lastIdentified.get(keyOf(risk.command.data)) ?? '') > t.command.data.occurredOn;
    });
    expect(recurrences.length).toBeGreaterThan(0.03 * ofType('RecordTransformation').length);
  });

  it('restores rights with people and money, and corrects mistakes', () => {
    const rights = ofType('RecordRightRestored');
    expect(rights.length).toBeGreaterThan(0.15 * ofType('IdentifyRisk').length);
    expect(rights.every((p) => p.command.data.peopleCount >= 1)).toBe(true);
    expect(rights.filter((p) => p.command.data.amountKzt !== undefined).length).toBeGreaterThan(
      0.3 * rights.length,
    );
    expect(ofType('WithdrawRisk').length).toBeGreaterThan(0);
    expect(ofType('ReclassifyRisk').length).toBeGreaterThan(0);
    expect(ofType('IdentifyRisk')[0]!.command.data.organization).toMatch(/[А-Яа-я]/);
  });

  it("has the chair's targets for the current year and quarter, met, at risk and off track", () => {
    const targets = ofType('SetTarget');
    expect(targets.every((p) => p.region === null)).toBe(true);
    expect(plan.filter((p) => p.region === null).every((p) => isCountryCommand(p.command.type))).toBe(true);
    expect(new Set(targets.map((p) => p.command.data.period))).toEqual(new Set(['2026', '2026-Q4']));
    expect(new Set(targets.map((p) => p.command.data.unit))).toEqual(new Set(['KZ', ...REGION_CODES]));
    // Each region's causes removed this year, as the plan removes them, against its target today.
    const statuses = targets
      .filter((p) => p.command.data.unit !== 'KZ' && p.command.data.kpi === 'causesRemoved')
      .map((p) => {
        const { unit, period, value } = p.command.data;
        const window = judgedWindow(period, '2026-11-20')!;
        const removed = ofType('RecordTransformation')
          .filter((t) => t.region === unit && occurredOn(t) >= window.from && occurredOn(t) <= window.to)
          .reduce((n, t) => n + t.command.data.removesRiskIds.length, 0);
        return statusOf(removed, heldValue('count', value, window.share), 'AT_LEAST');
      });
    const count = (status: string) => statuses.filter((s) => s === status).length;
    expect(count('MET')).toBeGreaterThanOrEqual(4);
    expect(count('AT_RISK')).toBeGreaterThanOrEqual(3);
    expect(count('OFF_TRACK')).toBeGreaterThanOrEqual(3);
    expect(ofType('WithdrawTarget')).toHaveLength(1);
  });

  it('has a citizens survey for every region every year, some of a district, improving where causes are removed', () => {
    const surveys = ofType('RecordPerceptionSurvey');
    for (const year of ['2024', '2025', '2026']) {
      for (const region of REGION_CODES) {
        expect(
          surveys.some(
            (p) =>
              p.command.data.unit === region &&
              p.command.data.group === 'CITIZENS' &&
              p.command.data.district === undefined &&
              occurredOn(p).startsWith(year),
          ),
        ).toBe(true);
      }
    }
    const groups = new Set(surveys.map((p) => p.command.data.group));
    expect(groups.has('STUDENTS') && groups.has('ENTREPRENEURS')).toBe(true);
    const districts = surveys.filter((p) => p.command.data.district !== undefined);
    expect(districts.length).toBeGreaterThan(0);
    for (const p of districts) {
      expect(p.command.data.district).toMatch(new RegExp(`^${p.region!.slice(3)}\\d{7}$`));
    }
    const index = (region: string, year: string) =>
      surveys.find(
        (p) =>
          p.command.data.unit === region &&
          p.command.data.group === 'CITIZENS' &&
          p.command.data.district === undefined &&
          occurredOn(p).startsWith(year),
      )!.command.data.perceptionIndex;
    expect(index('KZ-71', '2026')).toBeGreaterThan(index('KZ-71', '2024'));
    expect(index('KZ-71', '2026')).toBeGreaterThan(index('KZ-61', '2026') + 10);
    expect(ofType('WithdrawPerceptionSurvey')).toHaveLength(1);
  });

  it('holds citizen receptions every quarter, raising more issues than the risks found at them', () => {
    const receptions = ofType('RecordCitizenReception');
    const issues = new Map<string, number>();
    const quarter = (p: PlannedCommand) =>
      `${p.region}|${occurredOn(p).slice(0, 4)}-${Math.floor((Number(occurredOn(p).slice(5, 7)) - 1) / 3)}`;
    for (const p of receptions) {
      expect(p.command.data.citizensReceived).toBeGreaterThanOrEqual(p.command.data.issuesRaised);
      issues.set(quarter(p), (issues.get(quarter(p)) ?? 0) + p.command.data.issuesRaised);
    }
    for (const region of REGION_CODES) expect(receptions.some((p) => p.region === region)).toBe(true);
    let compared = 0;
    for (const p of ofType('IdentifyRisk')) {
      if (p.command.data.source !== 'CITIZEN_RECEPTION' || !issues.has(quarter(p))) continue;
      const risks = ofType('IdentifyRisk').filter(
        (r) => r.command.data.source === 'CITIZEN_RECEPTION' && quarter(r) === quarter(p),
      ).length;
      expect(issues.get(quarter(p))!).toBeGreaterThanOrEqual(risks);
      compared += 1;
      if (compared > 200) break;
    }
    expect(compared).toBeGreaterThan(0);
  });
});
