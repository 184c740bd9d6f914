import { type CauseCategory, REGION_CODES, type RegionCode } from '@kpi/schema';
import type { Command } from '../commands/command.ts';
import { newIdFor } from '../commands/prepare.ts';
import { officeInstant, sampleBusinessDay, toDate } from './demo-calendar.ts';
import { districtOfOrganization } from './demo-districts.ts';
import type { PlannedCommand } from './planned-command.ts';
import type { Prng } from './prng.ts';
import { REGION_PROFILES, type RegionProfile } from './region-profiles.ts';
import {
  CAUSE_WEIGHTS,
  CAUSES,
  SOURCE_WEIGHTS,
  SPHERE_WEIGHTS,
  SPHERES_CATALOGUE,
} from './sphere-catalogue.ts';

/**
 * One story of the demo: risks found in an organization's process and what follows them, told
 * with a seeded generator and submitted through `add` in the order things happen.
 */
const MINUTE = 60_000;
const REGION_WEIGHTS = Object.fromEntries(
  REGION_CODES.map((code) => [code, REGION_PROFILES[code].weight]),
) as Record<RegionCode, number>;

export interface Recurrence {
  readonly region: RegionCode;
  readonly sphere: keyof typeof SPHERE_WEIGHTS;
  readonly organization: string;
  readonly process: string;
  readonly cause: CauseCategory;
  readonly day: number;
}

export type Add = (item: PlannedCommand) => boolean;

// Names repeat across stories: one string each keeps a million-event plan small in memory.
const names = new Map<string, string>();
const intern = (name: string): string => {
  const known = names.get(name);
  if (known !== undefined) return known;
  names.set(name, name);
  return name;
};

export const tellStory = (
  prng: Prng,
  prefix: string,
  recurrence: Recurrence | undefined,
  window: { readonly first: number; readonly today: number; readonly nowMs: number },
  add: Add,
  recur: (next: Recurrence) => void,
) => {
  const region = recurrence?.region ?? prng.weighted(REGION_WEIGHTS);
  const profile: RegionProfile = REGION_PROFILES[region];
  const sphere = recurrence?.sphere ?? prng.weighted(SPHERE_WEIGHTS);
  const catalogue = SPHERES_CATALOGUE[sphere];
  const organization =
    recurrence?.organization ??
    intern(prng.pick(catalogue.organizations)(profile, prng.pick(profile.districts), prng.int(1, 40)));
  const process = recurrence?.process ?? prng.pick(catalogue.processes);
  const identifiedDay = recurrence?.day ?? sampleBusinessDay(prng, window.first, window.today);
  // About one in ten findings reaches the system weeks after it happened.
  const delay = () => (prng.chance(0.1) ? prng.int(14, 70) : prng.skewed(0, 5));
  const recorded = (day: number, after: number) =>
    Math.max(officeInstant(prng, day, delay()), after + prng.int(1, 30) * MINUTE);
  const submit = (tag: string, at: number, command: Command) => {
    const item = { at, region, submissionId: `${prefix}-${tag}`, command, events: 1 };
    return add(item) ? item : null;
  };

  const riskCount = recurrence ? 1 : Number(prng.weighted({ 1: 75, 2: 18, 3: 7 }));
  const causes = new Set<CauseCategory>(recurrence ? [recurrence.cause] : []);
  while (causes.size < riskCount) causes.add(prng.weighted(CAUSE_WEIGHTS));
  const source = prng.weighted(SOURCE_WEIGHTS);
  const identifiedAt = officeInstant(prng, identifiedDay, delay());

  // No draw of its own: the district follows the organization, so the demo's totals stay as they were.
  const place = districtOfOrganization(region, organization);
  const risks: { id: string; at: number; cause: CauseCategory }[] = [];
  for (const [index, cause] of [...causes].entries()) {
    const command: Command = {
      type: 'IdentifyRisk',
      data: {
        region,
        ...(place ?? {}),
        organization,
        process,
        sphere,
        causeCategory: cause,
        source,
        description: CAUSES[cause].risk,
        occurredOn: toDate(identifiedDay),
      },
    };
    const item = submit(`risk-${index}`, identifiedAt + index * MINUTE, command);
    if (!item) return;
    risks.push({ id: newIdFor('IdentifyRisk', item.submissionId), at: item.at, cause });
  }

  // Entered in error: withdrawn, and nothing else happens to it.
  if (riskCount === 1 && prng.chance(0.03)) {
    const day = identifiedDay + prng.int(2, 40);
    if (day <= window.today) {
      submit('withdrawn', recorded(day, risks[0]!.at), {
        type: 'WithdrawRisk',
        data: {
          riskId: risks[0]!.id,
          reason: 'Риск внесён ошибочно: дублирует ранее зарегистрированный',
          occurredOn: toDate(day),
        },
      });
    }
    return;
  }

  if (prng.chance(0.05)) {
    const risk = prng.pick(risks);
    const day = identifiedDay + prng.int(5, 60);
    let cause = prng.weighted(CAUSE_WEIGHTS);
    while (causes.has(cause)) cause = prng.weighted(CAUSE_WEIGHTS);
    if (day <= window.today) {
      const item = submit('reclassified', recorded(day, risk.at), {
        type: 'ReclassifyRisk',
        data: {
          riskId: risk.id,
          causeCategory: cause,
          reason: 'Уточнена категория причины по итогам анализа',
          occurredOn: toDate(day),
        },
      });
      if (item) risk.cause = cause;
    }
  }

  const recommendations = issueRecommendations(prng, risks, {
    region,
    organization,
    window,
    recorded,
    submit,
    identifiedDay,
  });
  const last = Math.max(identifiedAt, ...recommendations.map((r) => r.lastAt));

  if (prng.chance(0.3))
    recordRight(prng, risks[0]!, {
      region,
      organization,
      kind: catalogue.rightKind,
      identifiedDay,
      window,
      recorded,
      submit,
    });

  if (!prng.chance(profile.removal)) return; // the cause stays: open, its recommendations overdue
  const lastIssue = Math.max(identifiedDay, ...recommendations.map((r) => r.moveDay ?? r.issueDay));
  const due = Math.max(identifiedDay, ...recommendations.map((r) => r.dueDay));
  const removalDay =
    recommendations.length === 0
      ? identifiedDay + prng.int(20, 200)
      : prng.chance(profile.onTime)
        ? lastIssue + prng.int(1, Math.max(1, due - lastIssue))
        : Math.max(due, lastIssue) + prng.skewed(5, 300, 2);
  if (removalDay > window.today) return;
  const implemented = recommendations.filter((r) => !r.rejected).map((r) => r.id);
  const transformation = submit('transformed', recorded(removalDay, last), {
    type: 'RecordTransformation',
    data: {
      region,
      organization,
      process,
      kind: CAUSES[risks[0]!.cause].remedy,
      description: CAUSES[risks[0]!.cause].done,
      removesRiskIds: risks.map((r) => r.id),
      implementsRecommendationIds: implemented,
      occurredOn: toDate(removalDay),
    },
  });
  if (transformation && prng.chance(profile.recurrence)) {
    recur({
      region,
      sphere,
      organization,
      process,
      cause: risks[0]!.cause,
      day: removalDay + prng.int(30, 330),
    });
  }
};

interface StoryContext {
  readonly region: RegionCode;
  readonly organization: string;
  readonly identifiedDay: number;
  readonly window: { readonly today: number };
  readonly recorded: (day: number, after: number) => number;
  readonly submit: (tag: string, at: number, command: Command) => PlannedCommand | null;
}

interface IssuedRecommendation {
  readonly id: string;
  readonly issueDay: number;
  readonly dueDay: number;
  readonly moveDay: number | null;
  readonly rejected: boolean;
  /** When its last command was recorded: a transformation implementing it comes after. */
  readonly lastAt: number;
}

const issueRecommendations = (
  prng: Prng,
  risks: readonly { id: string; at: number; cause: CauseCategory }[],
  context: StoryContext,
): IssuedRecommendation[] => {
  const issued: IssuedRecommendation[] = [];
  for (const [index, risk] of risks.entries()) {
    if (!prng.chance(0.88)) continue;
    const issueDay = context.identifiedDay + prng.int(3, 30);
    let dueDay = issueDay + prng.int(30, 120);
    if (issueDay > context.window.today) continue;
    const item = context.submit(`recommendation-${index}`, context.recorded(issueDay, risk.at), {
      type: 'IssueRecommendation',
      data: {
        riskId: risk.id,
        region: context.region,
        organization: context.organization,
        text: CAUSES[risk.cause].recommendation,
        dueOn: toDate(dueDay),
        occurredOn: toDate(issueDay),
      },
    });
    if (!item) continue;
    const id = newIdFor('IssueRecommendation', item.submissionId);
    let lastAt = item.at;
    let moveDay: number | null = null;
    if (prng.chance(0.15)) {
      const day = issueDay + prng.int(10, Math.max(10, dueDay - issueDay));
      const newDue = dueDay + prng.int(30, 90);
      const moved =
        day <= context.window.today &&
        context.submit(`due-moved-${index}`, context.recorded(day, lastAt), {
          type: 'MoveRecommendationDueDate',
          data: {
            recommendationId: id,
            dueOn: toDate(newDue),
            reason: 'Продлён срок по мотивированному запросу организации',
            occurredOn: toDate(day),
          },
        });
      if (moved) {
        lastAt = moved.at;
        moveDay = day;
        dueDay = newDue;
      }
    }
    let rejected = false;
    if (prng.chance(0.07)) {
      const day = (moveDay ?? issueDay) + prng.int(15, 120);
      const rejection =
        day <= context.window.today &&
        context.submit(`rejected-${index}`, context.recorded(day, lastAt), {
          type: 'RejectRecommendation',
          data: {
            recommendationId: id,
            reason: 'Рекомендация отклонена: противоречит требованиям отраслевого законодательства',
            occurredOn: toDate(day),
          },
        });
      if (rejection) {
        lastAt = rejection.at;
        rejected = true;
      }
    }
    issued.push({ id, issueDay, dueDay, moveDay, rejected, lastAt });
  }
  return issued;
};

const recordRight = (
  prng: Prng,
  risk: { id: string; at: number },
  context: StoryContext & {
    readonly kind: (typeof SPHERES_CATALOGUE)[keyof typeof SPHERES_CATALOGUE]['rightKind'];
  },
) => {
  const day = context.identifiedDay + prng.int(10, 250);
  if (day > context.window.today) return;
  const people = prng.skewed(1, 60);
  const amountKzt =
    context.kind === 'PAYMENT_MADE' || context.kind === 'LAND_PLOT_RETURNED' || prng.chance(0.3)
      ? prng.int(5, 5_000) * 10_000
      : undefined;
  context.submit('right', context.recorded(day, risk.at), {
    type: 'RecordRightRestored',
    data: {
      region: context.region,
      organization: context.organization,
      kind: context.kind,
      peopleCount: people,
      ...(amountKzt === undefined ? {} : { amountKzt }),
      riskId: risk.id,
      description: `Права ${people === 1 ? 'заявителя' : `${people} заявителей`} восстановлены после вмешательства проектного офиса`,
      occurredOn: toDate(day),
    },
  });
};
