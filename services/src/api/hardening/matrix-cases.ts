import { randomUUID } from 'node:crypto';
import { type GraphQLField, getNamedType, isCompositeType } from 'graphql';

/**
 * The rules and sample inputs of the authorisation matrix: who may call each mutation, and a
 * valid input for it naming the regional officer's own region (A), another region (B), the
 * central body officer's own body (BODY) or another body (BODY2).
 */
export type Caller =
  | 'anonymous'
  | 'chair'
  | 'deputy'
  | 'analyst'
  | 'officerA'
  | 'bodyOfficer'
  | 'administrator';
export const CALLERS: readonly Caller[] = [
  'anonymous',
  'chair',
  'deputy',
  'analyst',
  'officerA',
  'bodyOfficer',
  'administrator',
];
/** The reporting unit a sample's things belong to. */
export type SampleUnit = 'A' | 'B' | 'BODY' | 'BODY2';
const SIGNED_IN = CALLERS.filter((c) => c !== 'anonymous');
export const A = 'KZ_15';
export const B = 'KZ_71';
/** The body officer's own body, and another; their things sit in the bodies' seat, Astana (B). */
export const BODY = 'MIN-HEALTH';
export const BODY2 = 'MIN-EDUCATION';
/**
 * The loop's commands, and the receptions, which a regional officer and a body's officer each
 * submit for their own unit.
 */
export const LOOP = [
  'identifyRisk',
  'reclassifyRisk',
  'withdrawRisk',
  'issueRecommendation',
  'rejectRecommendation',
  'moveRecommendationDueDate',
  'recordTransformation',
  'recordRightRestored',
  'recordCitizenReception',
] as const;
export const PASSWORD = 'matrix password';
export const TODAY_OR_BEFORE = '2026-05-01';

export const RULES: Record<string, readonly Caller[]> = {
  signIn: CALLERS,
  signOut: SIGNED_IN,
  createUser: ['administrator'],
  grantRole: ['administrator'],
  resetPassword: ['administrator'],
  deactivateUser: ['administrator'],
  identifyRisk: ['officerA'],
  reclassifyRisk: ['officerA'],
  withdrawRisk: ['officerA'],
  issueRecommendation: ['officerA'],
  rejectRecommendation: ['officerA'],
  moveRecommendationDueDate: ['officerA'],
  recordTransformation: ['officerA'],
  recordRightRestored: ['officerA'],
  saveChart: ['analyst'],
  updateChart: ['analyst'],
  deleteChart: ['analyst'],
  arrangeBoard: ['analyst'],
  setTarget: ['chair', 'deputy'],
  withdrawTarget: ['chair', 'deputy'],
  recordPerceptionSurvey: ['officerA'],
  withdrawPerceptionSurvey: ['officerA'],
  recordCitizenReception: ['officerA'],
  writeReportCommentary: ['chair', 'deputy'],
  addFigureComment: ['chair', 'deputy', 'analyst'],
  withdrawFigureComment: ['chair', 'deputy', 'analyst'],
  createAlertRule: ['chair', 'deputy', 'analyst'],
  changeAlertRule: ['chair', 'deputy', 'analyst'],
  muteAlertRule: ['chair', 'deputy', 'analyst'],
  unmuteAlertRule: ['chair', 'deputy', 'analyst'],
  deleteAlertRule: ['chair', 'deputy', 'analyst'],
  createReportSchedule: ['chair', 'deputy'],
  changeReportSchedule: ['chair', 'deputy'],
  withdrawReportSchedule: ['chair', 'deputy'],
  addCentralBody: ['administrator'],
  renameCentralBody: ['administrator'],
};

/** Things in one region a correction refers to: fresh for every case, so cases do not interfere. */
export interface Targets {
  readonly region: string;
  /** The central body they were submitted for, if any. */
  readonly centralBody?: string | undefined;
  readonly riskId: string;
  readonly recommendationId: string;
}

export interface Fixtures {
  /** A risk and recommendation of the given region (A: the officer's own; B: another region's). */
  targets(unit: SampleUnit): Promise<Targets>;
  newUserId(): Promise<string>;
  analystChartId(): Promise<string>;
  /** A target the chair set, fresh for every case: its KPI, unit and period. */
  /** A target the chair set for the unit's code (a region's, or a body's). */
  chairTarget(unit: SampleUnit): Promise<{ kpi: string; unit: string; period: string }>;
  /** A perception survey recorded in the given region, fresh for every case: its id. */
  survey(region: 'A' | 'B'): Promise<string>;
  /** A comment on figures the chair added, fresh for every case: its id. */
  figureComment(): Promise<string>;
  /** An alert rule the chair created (and muted, when asked), fresh for every case: its id. */
  alertRule(muted?: boolean): Promise<string>;
  /** A report schedule the chair created, fresh for every case: its id. */
  reportSchedule(): Promise<string>;
}

export const sid = () => randomUUID();
/** A sample's region, and its central body when the sample is a body's. */
export const placementOf = (unit: SampleUnit) =>
  unit === 'A'
    ? { region: A }
    : unit === 'B'
      ? { region: B }
      : { region: B, centralBody: unit === 'BODY' ? BODY : BODY2 };
const bodyOf = (t: Targets) => (t.centralBody === undefined ? {} : { centralBody: t.centralBody });
export const risk = (region: string) => ({
  submissionId: sid(),
  region,
  organization: 'Акимат',
  process: 'Выдача разрешений',
  sphere: 'LICENSING',
  causeCategory: 'ADMINISTRATIVE_BARRIER',
  source: 'CITIZEN_RECEPTION',
  description: 'Очередь на бумаге',
  occurredOn: '2026-03-01',
});
/** A perception survey of a region (written KZ-15, as the survey's unit is). */
export const survey = (unit: string) => ({
  submissionId: sid(),
  unit,
  group: 'CITIZENS',
  respondents: 800,
  facedCorruptionShare: 0.2,
  perceptionIndex: 61,
  method: 'TELEPHONE',
  occurredOn: TODAY_OR_BEFORE,
});
/** A survey's unit: a region (a body's sample names the seat's region, which is not the body's). */
const unitOf = (r: SampleUnit) => (r === 'A' ? 'KZ-15' : 'KZ-71');
/** A reception's unit and place: a region's is held in the region, a body's names the body and its seat. */
const receptionPlaceOf = (r: SampleUnit) =>
  r === 'BODY' || r === 'BODY2'
    ? { unit: r === 'BODY' ? BODY : BODY2, region: 'KZ-71' }
    : { unit: unitOf(r) };
let targetValue = 0;
/** The code a target names for a sample unit: a region's, or a central body's. */
export const targetUnitOf = (r: SampleUnit): string =>
  r === 'BODY' ? BODY : r === 'BODY2' ? BODY2 : r === 'A' ? 'KZ-15' : 'KZ-71';
/** A target the chair may set: a new value every time, so that no two samples are the same. */
export const target = (r: SampleUnit = 'A') => ({
  submissionId: sid(),
  kpi: 'causesRemoved',
  unit: targetUnitOf(r),
  period: '2026',
  value: ++targetValue,
  direction: 'AT_LEAST',
  occurredOn: TODAY_OR_BEFORE,
});
let commentaryCount = 0;
/** A comment on figures: any chair's or analyst's, about a region's day. */
export const figureComment = () => ({
  submissionId: sid(),
  unit: 'KZ-15',
  date: '2026-03-01',
  text: 'Новый аким с 1 марта',
  occurredOn: TODAY_OR_BEFORE,
});
let scheduleCount = 0;
/** A report schedule the chair may create: a new recipient every time, so that no two samples are the same. */
export const reportSchedule = () => ({
  submissionId: sid(),
  cadence: 'QUARTERLY',
  unit: 'KZ-15',
  lang: 'kk',
  recipients: [`office${++scheduleCount}@agency.kz`],
});
let catalogueCount = 0;
/** Names for a central body: new every time, so that each sample adds or renames something. */
const centralBodyNames = () => {
  catalogueCount += 1;
  return {
    submissionId: sid(),
    nameRu: `Агентство проверки ${catalogueCount}`,
    nameKk: `Тексеру агенттігі ${catalogueCount}`,
    nameEn: `Agency under review ${catalogueCount}`,
  };
};
export const alertRule = () => ({
  submissionId: sid(),
  name: 'Актобе: устранённые причины',
  condition: {
    kind: 'TARGET_STATUS',
    kpi: 'causesRemoved',
    unit: 'KZ-15',
    period: '2026',
    statuses: ['OFF_TRACK'],
  },
  recipients: { emails: [] },
});

export const chartSpec = {
  chartType: 'LINE',
  measures: ['CAUSES_REMOVED'],
  dimensions: [{ by: 'TIME', granularity: 'MONTH' }],
};

/** Sample variables of each mutation; `region` says which region's things a command names. */
export const CASES: Record<string, (f: Fixtures, unit: SampleUnit) => Promise<Record<string, unknown>>> = {
  signIn: async () => ({ username: 'chair', password: PASSWORD }),
  signOut: async () => ({}),
  createUser: async () => ({
    username: `u${sid().slice(0, 8)}`,
    displayName: 'Новый',
    role: 'ANALYST',
    password: PASSWORD,
  }),
  grantRole: async (f) => ({ userId: await f.newUserId(), role: 'CHAIR' }),
  resetPassword: async (f) => ({ userId: await f.newUserId(), password: 'another long password' }),
  deactivateUser: async (f) => ({ userId: await f.newUserId(), reason: 'уволен' }),
  identifyRisk: async (_f, r) => ({ input: { ...risk(A), ...placementOf(r) } }),
  reclassifyRisk: async (f, r) => ({
    input: {
      submissionId: sid(),
      riskId: (await f.targets(r)).riskId,
      sphere: 'OTHER',
      reason: 'уточнено',
      occurredOn: TODAY_OR_BEFORE,
    },
  }),
  withdrawRisk: async (f, r) => ({
    input: {
      submissionId: sid(),
      riskId: (await f.targets(r)).riskId,
      reason: 'ошибка',
      occurredOn: TODAY_OR_BEFORE,
    },
  }),
  issueRecommendation: async (f, r) => {
    const t = await f.targets(r);
    return {
      input: {
        submissionId: sid(),
        riskId: t.riskId,
        region: t.region,
        ...bodyOf(t),
        organization: 'Акимат',
        text: 'Оцифровать',
        dueOn: '2026-12-01',
        occurredOn: TODAY_OR_BEFORE,
      },
    };
  },
  rejectRecommendation: async (f, r) => ({
    input: {
      submissionId: sid(),
      recommendationId: (await f.targets(r)).recommendationId,
      reason: 'отказ',
      occurredOn: TODAY_OR_BEFORE,
    },
  }),
  moveRecommendationDueDate: async (f, r) => ({
    input: {
      submissionId: sid(),
      recommendationId: (await f.targets(r)).recommendationId,
      dueOn: '2027-01-15',
      reason: 'поправки',
      occurredOn: TODAY_OR_BEFORE,
    },
  }),
  recordTransformation: async (f, r) => {
    const t = await f.targets(r);
    return {
      input: {
        submissionId: sid(),
        region: t.region,
        ...bodyOf(t),
        organization: 'Акимат',
        process: 'Выдача разрешений',
        kind: 'DIGITISED',
        description: 'Через портал',
        removesRiskIds: [t.riskId],
        implementsRecommendationIds: [t.recommendationId],
        occurredOn: TODAY_OR_BEFORE,
      },
    };
  },
  recordRightRestored: async (f, r) => {
    const t = await f.targets(r);
    return {
      input: {
        submissionId: sid(),
        region: t.region,
        ...bodyOf(t),
        organization: 'Акимат',
        kind: 'SERVICE_DELIVERED',
        peopleCount: 3,
        riskId: t.riskId,
        description: 'Услуга оказана',
        occurredOn: TODAY_OR_BEFORE,
      },
    };
  },
  saveChart: async () => ({ input: { submissionId: sid(), name: 'Причины', spec: chartSpec } }),
  updateChart: async (f) => ({
    input: { submissionId: sid(), chartId: await f.analystChartId(), name: 'Новое имя' },
  }),
  deleteChart: async (f) => ({ input: { submissionId: sid(), chartId: await f.analystChartId() } }),
  arrangeBoard: async (f) => ({ input: { submissionId: sid(), chartIds: [await f.analystChartId()] } }),
  setTarget: async (_f, r) => ({ input: target(r) }),
  withdrawTarget: async (f, r) => ({
    input: { submissionId: sid(), ...(await f.chairTarget(r)), occurredOn: TODAY_OR_BEFORE },
  }),
  recordPerceptionSurvey: async (_f, r) => ({ input: survey(unitOf(r)) }),
  withdrawPerceptionSurvey: async (f, r) => ({
    input: {
      submissionId: sid(),
      surveyId: await f.survey(r === 'A' ? 'A' : 'B'),
      reason: 'ошибка',
      occurredOn: TODAY_OR_BEFORE,
    },
  }),
  writeReportCommentary: async () => ({
    input: {
      submissionId: sid(),
      unit: 'KZ',
      period: '2026-Q1',
      text: `Комментарий ${++commentaryCount}`,
      occurredOn: TODAY_OR_BEFORE,
    },
  }),
  addFigureComment: async () => ({ input: figureComment() }),
  withdrawFigureComment: async (f) => ({
    input: { submissionId: sid(), commentId: await f.figureComment(), occurredOn: TODAY_OR_BEFORE },
  }),
  createAlertRule: async () => ({ input: alertRule() }),
  changeAlertRule: async (f) => {
    const { submissionId: _, ...rule } = alertRule();
    return { input: { ...rule, submissionId: sid(), ruleId: await f.alertRule(), name: 'Актобе: цель' } };
  },
  muteAlertRule: async (f) => ({ input: { submissionId: sid(), ruleId: await f.alertRule() } }),
  unmuteAlertRule: async (f) => ({ input: { submissionId: sid(), ruleId: await f.alertRule(true) } }),
  deleteAlertRule: async (f) => ({ input: { submissionId: sid(), ruleId: await f.alertRule() } }),
  createReportSchedule: async () => ({ input: reportSchedule() }),
  changeReportSchedule: async (f) => {
    const { submissionId: _, ...schedule } = reportSchedule();
    return { input: { ...schedule, submissionId: sid(), scheduleId: await f.reportSchedule() } };
  },
  withdrawReportSchedule: async (f) => ({
    input: { submissionId: sid(), scheduleId: await f.reportSchedule() },
  }),
  addCentralBody: async () => ({
    input: { ...centralBodyNames(), kind: 'AGENCY', code: `AG-MATRIX-${catalogueCount}` },
  }),
  renameCentralBody: async () => ({ input: { ...centralBodyNames(), code: 'MIN-TRADE' } }),
  recordCitizenReception: async (_f, r) => ({
    input: {
      submissionId: sid(),
      ...receptionPlaceOf(r),
      citizensReceived: 9,
      issuesRaised: 2,
      occurredOn: TODAY_OR_BEFORE,
    },
  }),
};

export const SUCCESS = /Succeeded$|^AccountChanged$|^SignedIn$|^SignedOut$/;

/** A document for any mutation, built from its arguments in the schema. */
export const documentOf = (field: GraphQLField<unknown, unknown>): string => {
  const vars = field.args.map((a) => `$${a.name}: ${a.type.toString()}`).join(', ');
  const args = field.args.map((a) => `${a.name}: $${a.name}`).join(', ');
  const selection = isCompositeType(getNamedType(field.type)) ? ' { __typename }' : '';
  return `mutation${vars ? `(${vars})` : ''} { ${field.name}${args ? `(${args})` : ''}${selection} }`;
};
