import { type PopulationGroup, REGION_CODES, type RegionCode, type SurveyMethod } from '@kpi/schema';
import type { Command } from '../commands/command.ts';
import { newIdFor } from '../commands/prepare.ts';
import { dayNumber, officeInstant, sampleBusinessDay, toDate } from './demo-calendar.ts';
import { districtOf } from './demo-districts.ts';
import type { PlannedCommand } from './planned-command.ts';
import type { Prng } from './prng.ts';
import { REGION_PROFILES } from './region-profiles.ts';

/**
 * Perception surveys and citizen receptions of the demo: a survey wave per region and year
 * (citizens everywhere, students or entrepreneurs in some regions, a district here and there),
 * whose index improves where causes are removed, and receptions every quarter whose issues
 * outnumber the risks found at them.
 */
export interface Window {
  readonly first: number;
  readonly today: number;
  readonly nowMs: number;
}

/** Regions that also survey a second group, and which. */
const SECOND_GROUP: Partial<Record<RegionCode, PopulationGroup>> = {
  'KZ-71': 'STUDENTS',
  'KZ-75': 'ENTREPRENEURS',
  'KZ-79': 'ENTREPRENEURS',
  'KZ-35': 'STUDENTS',
  'KZ-61': 'ENTREPRENEURS',
  'KZ-15': 'STUDENTS',
};
/** Regions whose yearly wave also covers one district. */
const DISTRICT_SURVEYS: readonly RegionCode[] = ['KZ-15', 'KZ-19', 'KZ-31', 'KZ-55', 'KZ-75', 'KZ-71'];

const yearOf = (day: number) => Number(toDate(day).slice(0, 4));
const quarterOf = (day: number) =>
  `${toDate(day).slice(0, 4)}-Q${Math.floor((Number(toDate(day).slice(5, 7)) - 1) / 3) + 1}`;
const quarterRange = (quarter: string) => {
  const year = quarter.slice(0, 4);
  const q = Number(quarter.slice(6));
  const from = dayNumber(`${year}-${String(3 * q - 2).padStart(2, '0')}-01`);
  const next = q === 4 ? `${Number(year) + 1}-01-01` : `${year}-${String(3 * q + 1).padStart(2, '0')}-01`;
  return { from, to: dayNumber(next) - 1 };
};

interface SurveySlot {
  readonly region: RegionCode;
  readonly year: number;
  readonly group: PopulationGroup;
  readonly district: number | null;
  readonly from: number;
  readonly to: number;
}

interface ReceptionSlot {
  readonly region: RegionCode;
  readonly quarter: string;
  readonly count: number;
  readonly from: number;
  readonly to: number;
}

/** The fieldwork window of a year's wave: October to mid-November, or what of the year the history holds. */
const fieldworkWindow = (year: number, window: Window): { from: number; to: number } | null => {
  const autumn = { from: dayNumber(`${year}-10-01`), to: dayNumber(`${year}-11-15`) };
  const within = { from: Math.max(autumn.from, window.first), to: Math.min(autumn.to, window.today - 1) };
  if (within.from <= within.to) return within;
  const whole = {
    from: Math.max(dayNumber(`${year}-01-10`), window.first),
    to: Math.min(dayNumber(`${year}-12-25`), window.today - 1),
  };
  return whole.from <= whole.to ? whole : null;
};

const surveySlots = (window: Window): SurveySlot[] => {
  const slots: SurveySlot[] = [];
  for (let year = yearOf(window.first); year <= yearOf(window.today); year += 1) {
    const days = fieldworkWindow(year, window);
    if (!days) continue;
    for (const region of REGION_CODES) {
      slots.push({ region, year, group: 'CITIZENS', district: null, ...days });
      const second = SECOND_GROUP[region];
      if (second) slots.push({ region, year, group: second, district: null, ...days });
      if (DISTRICT_SURVEYS.includes(region))
        slots.push({ region, year, group: 'CITIZENS', district: year % 3, ...days });
    }
  }
  return slots;
};

const receptionSlots = (window: Window): ReceptionSlot[] => {
  const slots: ReceptionSlot[] = [];
  let quarter = quarterOf(window.first);
  for (;;) {
    const range = quarterRange(quarter);
    if (range.from > window.today) break;
    const from = Math.max(range.from, window.first);
    const to = Math.min(range.to, window.today);
    if (to - from >= 14) {
      for (const region of REGION_CODES) {
        const base = REGION_PROFILES[region].weight >= 1.2 ? 3 : 2;
        slots.push({ region, quarter, count: to - from >= 45 ? base : 1, from, to });
      }
    }
    quarter = quarterOf(range.to + 1);
  }
  return slots;
};

/** Events the outcomes will take (one per command), known before the stories are told. */
export const outcomeEvents = (window: Window): number =>
  surveySlots(window).length + 1 + receptionSlots(window).reduce((n, s) => n + s.count, 0);

const round = (value: number, step: number) => Math.round(value / step) * step;
const clamp = (value: number, min: number, max: number) => Math.min(max, Math.max(min, value));

/** The risks-story facts the outcomes follow, read from the plan told so far. */
const storyFacts = (stories: readonly PlannedCommand[]) => {
  const identified = new Map<string, number>();
  const removed = new Map<string, number>();
  const fromReceptions = new Map<string, number>();
  const bump = (map: Map<string, number>, key: string, n = 1) => map.set(key, (map.get(key) ?? 0) + n);
  for (const { command, region } of stories) {
    if (command.type === 'IdentifyRisk') {
      const day = dayNumber(command.data.occurredOn);
      bump(identified, `${region}|${yearOf(day)}`);
      if (command.data.source === 'CITIZEN_RECEPTION') bump(fromReceptions, `${region}|${quarterOf(day)}`);
    } else if (command.type === 'RecordTransformation') {
      bump(
        removed,
        `${region}|${yearOf(dayNumber(command.data.occurredOn))}`,
        command.data.removesRiskIds.length,
      );
    }
  }
  return { identified, removed, fromReceptions };
};

export const planOutcomes = (
  prng: Prng,
  prefix: string,
  window: Window,
  stories: readonly PlannedCommand[],
): PlannedCommand[] => {
  const facts = storyFacts(stories);
  const planned: PlannedCommand[] = [];
  const plan = (region: RegionCode, tag: string, at: number, command: Command) => {
    const item = {
      at: Math.min(at, window.nowMs),
      region,
      submissionId: `${prefix}-${tag}`,
      command,
      events: 1,
    };
    planned.push(item);
    return item;
  };

  // Perception: a region's index starts where its work stands and moves with the causes it removes.
  const baseIndex = new Map(
    REGION_CODES.map((r) => [r, 36 + (REGION_PROFILES[r].removal - 0.45) * 45 + prng.int(-30, 30) / 10]),
  );
  const drift = new Map<string, number>();
  const indexOf = (region: RegionCode, year: number) => {
    const key = `${region}|${year}`;
    const known = drift.get(key);
    if (known !== undefined) return known;
    const before = year <= yearOf(window.first) ? baseIndex.get(region)! : indexOf(region, year - 1);
    const found = facts.identified.get(key) ?? 0;
    const progress = found === 0 ? 0.55 : (facts.removed.get(key) ?? 0) / found;
    const value = clamp(before + (progress - 0.55) * 18, 8, 92);
    drift.set(key, value);
    return value;
  };
  let withdrawnPlanned = false;
  for (const slot of surveySlots(window)) {
    const groupShift = slot.group === 'STUDENTS' ? 5 : slot.group === 'ENTREPRENEURS' ? -6 : 0;
    const place = slot.district === null ? null : districtOf(slot.region, slot.district);
    const index = clamp(
      indexOf(slot.region, slot.year) +
        groupShift +
        prng.int(-15, 15) / 10 +
        (place ? prng.int(-40, 20) / 10 : 0),
      5,
      95,
    );
    const share = clamp(0.6 - index * 0.0068 + prng.int(-20, 20) / 1000, 0.03, 0.9);
    const method: SurveyMethod =
      slot.group === 'STUDENTS'
        ? 'ONLINE'
        : slot.group === 'ENTREPRENEURS'
          ? prng.pick(['TELEPHONE', 'ONLINE'] as const)
          : prng.pick(['FACE_TO_FACE', 'MIXED', 'TELEPHONE'] as const);
    const weight = REGION_PROFILES[slot.region].weight;
    const respondents = place
      ? prng.int(200, 420)
      : slot.group === 'CITIZENS'
        ? round(prng.int(600, 900) * Math.sqrt(weight), 10)
        : prng.int(250, 500);
    const day = sampleBusinessDay(prng, slot.from, slot.to);
    const tag = `survey-${slot.region}-${slot.year}-${slot.group.toLowerCase()}${place ? '-district' : ''}`;
    const command: Command = {
      type: 'RecordPerceptionSurvey',
      data: {
        unit: slot.region,
        ...(place ?? {}),
        group: slot.group,
        respondents,
        facedCorruptionShare: Number(share.toFixed(3)),
        perceptionIndex: Number(index.toFixed(1)),
        method,
        occurredOn: toDate(day),
      },
    };
    const item = plan(slot.region, tag, officeInstant(prng, day, prng.int(3, 12)), command);
    // Once, a wave is entered twice by mistake and the copy withdrawn a few days later.
    if (!withdrawnPlanned && slot.group === 'CITIZENS' && place === null && slot.region === 'KZ-43') {
      withdrawnPlanned = true;
      const copy = plan(slot.region, `${tag}-copy`, item.at + 20 * 60_000, command);
      const day2 = Math.min(dayNumber(toDate(day)) + prng.int(5, 20), window.today);
      plan(slot.region, `${tag}-copy-withdrawn`, Math.max(officeInstant(prng, day2, 0), copy.at + 60_000), {
        type: 'WithdrawPerceptionSurvey',
        data: {
          surveyId: newIdFor('RecordPerceptionSurvey', copy.submissionId),
          reason: 'Результаты волны внесены повторно: дубликат',
          occurredOn: toDate(day2),
        },
      });
    }
  }

  // Receptions: more issues are raised than become risks, and more citizens come than raise one.
  for (const slot of receptionSlots(window)) {
    const risks = facts.fromReceptions.get(`${slot.region}|${slot.quarter}`) ?? 0;
    const perReception = Math.max(1, Math.ceil((risks * (2 + prng.next() * 2)) / slot.count));
    for (let n = 0; n < slot.count; n += 1) {
      const issues = perReception + prng.int(0, 4);
      const citizens = issues + prng.int(3, 20);
      const place = prng.chance(0.4) ? districtOf(slot.region, prng.int(0, 9)) : null;
      const day = sampleBusinessDay(prng, slot.from, slot.to);
      plan(
        slot.region,
        `reception-${slot.region}-${slot.quarter}-${n}`,
        officeInstant(prng, day, prng.skewed(0, 4)),
        {
          type: 'RecordCitizenReception',
          data: {
            unit: slot.region,
            ...(place ?? {}),
            citizensReceived: citizens,
            issuesRaised: issues,
            occurredOn: toDate(day),
          },
        },
      );
    }
  }
  return planned;
};
