import { heldValue, judgedWindow, statusOf, type TargetStatus } from '@kpi/projections';
import { REGION_CODES, type TargetDirection, type TargetKpi, type TargetUnit } from '@kpi/schema';
import type { Command } from '../commands/command.ts';
import { dayNumber, officeInstant, toDate } from './demo-calendar.ts';
import type { Window } from './demo-outcomes.ts';
import type { PlannedCommand } from './planned-command.ts';
import type { Prng } from './prng.ts';
import { REGION_PROFILES } from './region-profiles.ts';

/**
 * The chair's targets of the demo, for the current year and quarter: the country's (causes
 * removed this year and this quarter, a removal rate of 0.6 and a median of 120 days to removal
 * this year) and each region's causes removed this year. A region's
 * value is set from its profile: the strongest removers meet theirs, the middle is at risk, the
 * weakest are off track, as judged today against the causes the plan removes.
 */
const COUNTRY_TARGETS: readonly {
  kpi: TargetKpi;
  direction: TargetDirection;
  value: number;
  quarter: boolean;
}[] = [
  { kpi: 'removalRate', direction: 'AT_LEAST', value: 0.6, quarter: false },
  { kpi: 'medianDaysToRemoval', direction: 'AT_MOST', value: 120, quarter: false },
];

/** Commands the targets take: one per target, and a set-then-withdrawn one. */
export const targetEvents = (): number => COUNTRY_TARGETS.length + 2 + REGION_CODES.length + 2;

/** How far each status sits from the value held to: the KPI over the held value. */
const RATIO: Record<TargetStatus, number> = { MET: 1.12, AT_RISK: 0.95, OFF_TRACK: 0.72 };

/** The whole value nearest the wanted ratio whose status, judged today, is the one wanted. */
const valueFor = (actual: number, share: number, wanted: TargetStatus): number => {
  const start = Math.max(1, Math.round(actual / (share * RATIO[wanted])));
  for (let step = 0; step < 50; step += 1) {
    for (const value of [start + step, start - step]) {
      if (value >= 1 && statusOf(actual, heldValue('count', value, share), 'AT_LEAST') === wanted)
        return value;
    }
  }
  return start;
};

export const planTargets = (
  prng: Prng,
  prefix: string,
  window: Window,
  stories: readonly PlannedCommand[],
): PlannedCommand[] => {
  const today = toDate(window.today);
  const year = today.slice(0, 4);
  const quarter = `${year}-Q${Math.floor((Number(today.slice(5, 7)) - 1) / 3) + 1}`;
  const yearWindow = judgedWindow(year, today)!;
  const quarterWindow = judgedWindow(quarter, today)!;
  // The chair sets the year's targets in mid-January, the quarter's in its first week.
  const setDay = (from: string, offset: number) => Math.min(dayNumber(from) + offset, window.today);
  const planned: PlannedCommand[] = [];
  const set = (
    tag: string,
    day: number,
    unit: TargetUnit,
    period: string,
    kpi: TargetKpi,
    direction: TargetDirection,
    value: number,
  ) => {
    const command: Command = {
      type: 'SetTarget',
      data: { kpi, unit, period, value, direction, occurredOn: toDate(day) },
    };
    planned.push({
      at: Math.min(officeInstant(prng, day, 0), window.nowMs),
      region: null,
      submissionId: `${prefix}-${tag}`,
      command,
      events: 1,
    });
  };

  const removed = new Map<string, number>();
  for (const { command, region } of stories) {
    if (command.type !== 'RecordTransformation') continue;
    const on = command.data.occurredOn;
    const n = command.data.removesRiskIds.length;
    for (const [period, w] of [
      [year, yearWindow],
      [quarter, quarterWindow],
    ] as const) {
      if (on < w.from || on > w.to) continue;
      for (const unit of [region, 'KZ'])
        removed.set(`${unit}|${period}`, (removed.get(`${unit}|${period}`) ?? 0) + n);
    }
  }

  const yearDay = setDay(`${year}-01-15`, 0);
  const quarterDay = setDay(quarterWindow.from, 4);
  set(
    'target-kz-year-causes',
    yearDay,
    'KZ',
    year,
    'causesRemoved',
    'AT_LEAST',
    Math.max(10, Math.round((removed.get(`KZ|${year}`) ?? 0) / (yearWindow.share * 1.05) / 10) * 10),
  );
  set(
    'target-kz-quarter-causes',
    quarterDay,
    'KZ',
    quarter,
    'causesRemoved',
    'AT_LEAST',
    valueFor(removed.get(`KZ|${quarter}`) ?? 0, quarterWindow.share, 'AT_RISK'),
  );
  for (const [index, target] of COUNTRY_TARGETS.entries()) {
    set(
      `target-kz-${index}`,
      target.quarter ? quarterDay : yearDay,
      'KZ',
      target.quarter ? quarter : year,
      target.kpi,
      target.direction,
      target.value,
    );
  }

  // Regions ranked by how well they remove causes: a third each meets, risks and misses its target.
  const ranked = [...REGION_CODES].sort((a, b) => REGION_PROFILES[b].removal - REGION_PROFILES[a].removal);
  for (const [rank, region] of ranked.entries()) {
    const wanted: TargetStatus = rank < 8 ? 'MET' : rank < 14 ? 'AT_RISK' : 'OFF_TRACK';
    const actual = removed.get(`${region}|${year}`) ?? 0;
    set(
      `target-${region}-year-causes`,
      yearDay + (rank % 3),
      region,
      year,
      'causesRemoved',
      'AT_LEAST',
      valueFor(actual, yearWindow.share, actual === 0 ? 'OFF_TRACK' : wanted),
    );
  }

  // A target set by mistake for the wrong KPI, withdrawn the next week.
  const wrongDay = setDay(`${year}-02-02`, 0);
  set('target-kz-year-recurrence', wrongDay, 'KZ', year, 'recurrenceRate', 'AT_MOST', 0.05);
  const withdrawDay = Math.min(wrongDay + 7, window.today);
  planned.push({
    at: Math.min(
      Math.max(officeInstant(prng, withdrawDay, 0), planned[planned.length - 1]!.at + 60_000),
      window.nowMs,
    ),
    region: null,
    submissionId: `${prefix}-target-kz-year-recurrence-withdrawn`,
    command: {
      type: 'WithdrawTarget',
      data: { kpi: 'recurrenceRate', unit: 'KZ', period: year, occurredOn: toDate(withdrawDay) },
    },
    events: 1,
  });
  return planned;
};
