import { CURRENT_SCHEMA_VERSION, type EventMetadata, type EventType } from '@kpi/schema';
import { DomainEventGenerator } from './domain-event-generator.ts';

/**
 * One valid data object of every event type, for tests that derive valid and invalid variants
 * from them: the generator's realistic cases where it writes the type, written out otherwise.
 */
const id = (n: number) => `6d0c3f0e-1d5a-4a53-9d1c-2f4b7a0c9e${String(n).padStart(2, '0')}`;
const spec = {
  chartType: 'LINE',
  measures: ['causesRemoved', 'risksIdentified'],
  dimensions: [
    { by: 'TIME', granularity: 'MONTH' },
    { by: 'REGION', granularity: null },
  ],
  filters: {
    from: '2026-01-01',
    to: '2026-06-30',
    regions: ['KZ-15', 'KZ-71'],
    spheres: ['LAND_RELATIONS'],
    organizations: ['Акимат г. Актобе'],
  },
  asOf: '2026-07-01T00:00:00+05:00',
  sort: { by: 'causesRemoved', direction: 'DESC' },
  limit: 100,
};

const alertRule = {
  ruleId: id(11),
  name: 'Aktobe meets its target',
  condition: {
    kind: 'TARGET_STATUS',
    kpi: 'causesRemoved',
    unit: 'KZ-15',
    period: '2026-Q2',
    statuses: ['MET'],
  },
  recipients: { emails: ['chair@example.kz'], webhookUrl: 'https://hooks.example.kz/kpi' },
  occurredOn: '2026-05-21',
};
const alertFiring = {
  ruleId: id(11),
  sequence: 1,
  unit: 'KZ-15',
  numbers: {
    status: 'MET',
    actual: 41,
    heldTo: 40,
    value: 40,
    judgedFrom: '2026-04-01',
    judgedTo: '2026-06-30',
  },
  link: '/?region=KZ-15&from=2026-04-01&to=2026-06-30',
  judgedAt: { kpi: 42, targets: 40 },
  occurredOn: '2026-05-21',
};
const alertDelivery = {
  firingEventId: id(12),
  ruleId: id(11),
  channel: 'WEBHOOK',
  attempt: 1,
  occurredOn: '2026-05-21',
};

const reportSchedule = {
  scheduleId: id(12),
  cadence: 'QUARTERLY',
  unit: 'KZ',
  lang: 'ru',
  recipients: ['chair@agency.kz', 'office@agency.kz'],
  occurredOn: '2026-05-20',
};
const scheduledReport = { scheduleId: id(12), period: '2026-Q2', attempt: 1, occurredOn: '2026-07-01' };

const written: Partial<Record<EventType, Record<string, unknown>>> = {
  RiskWithdrawn: { riskId: id(1), reason: 'Введено ошибочно', occurredOn: '2026-03-14' },
  RiskRemoved: { riskId: id(1), transformationId: id(2), occurredOn: '2024-02-29' },
  RecommendationRejected: { recommendationId: id(3), reason: 'Отозвано', occurredOn: '2026-03-14' },
  RecommendationDueDateMoved: {
    recommendationId: id(3),
    dueOn: '2026-12-31',
    reason: 'Срок продлён приказом',
    occurredOn: '2026-03-14',
  },
  RecommendationImplemented: { recommendationId: id(3), transformationId: id(2), occurredOn: '2026-03-14' },
  UserRegistered: {
    userId: id(4),
    username: 'a.seitkali',
    displayName: 'Айгерим Сейткали',
    role: 'REGIONAL_OFFICER',
    region: 'KZ-15',
    passwordHash: 'scrypt$32768$8$1$c2FsdA==$aGFzaA==',
    occurredOn: '2026-11-20',
  },
  UserRoleGranted: { userId: id(4), role: 'CHAIR', region: null, occurredOn: '2026-11-20' },
  UserPasswordChanged: {
    userId: id(4),
    passwordHash: 'scrypt$16384$8$1$c2FsdA==$aGFzaA==',
    occurredOn: '2026-11-20',
  },
  UserDeactivated: { userId: id(4), reason: 'Уволен', occurredOn: '2026-11-20' },
  UsernameReserved: { username: 'a.seitkali', userId: id(4), occurredOn: '2026-11-20' },
  UserSignedOut: {
    userId: id(4),
    sessionId: id(7),
    expiresAt: '2026-11-20T18:00:00.000Z',
    occurredOn: '2026-11-20',
  },
  ChartSaved: {
    chartId: id(5),
    name: 'Causes removed by month',
    spec,
    owner: 'analyst-1',
    occurredOn: '2026-11-20',
  },
  ChartRenamed: { chartId: id(5), name: 'Устранённые причины', occurredOn: '2026-11-20' },
  ChartUpdated: { chartId: id(5), spec: { ...spec, asOf: null, sort: null }, occurredOn: '2026-11-20' },
  ChartDeleted: { chartId: id(5), occurredOn: '2026-11-20' },
  BoardArranged: { owner: 'analyst-1', chartIds: [id(5), id(6)], occurredOn: '2026-11-20' },
  TargetSet: {
    kpi: 'causesRemoved',
    unit: 'KZ-15',
    period: '2026-Q2',
    value: 40,
    direction: 'AT_LEAST',
    occurredOn: '2026-04-01',
  },
  TargetWithdrawn: { kpi: 'causesRemoved', unit: 'KZ-15', period: '2026-Q2', occurredOn: '2026-05-01' },
  PerceptionSurveyConducted: {
    surveyId: id(9),
    unit: 'KZ-15',
    district: '151010000',
    districtName: 'Актобе',
    group: 'CITIZENS',
    respondents: 1200,
    facedCorruptionShare: 0.18,
    perceptionIndex: 61.5,
    method: 'FACE_TO_FACE',
    occurredOn: '2026-05-20',
  },
  PerceptionSurveyWithdrawn: { surveyId: id(9), reason: 'Введено ошибочно', occurredOn: '2026-05-21' },
  CitizenReceptionHeld: {
    receptionId: id(10),
    unit: 'KZ-15',
    citizensReceived: 14,
    issuesRaised: 3,
    occurredOn: '2026-05-21',
  },
  ReportCommentaryWritten: {
    unit: 'KZ',
    period: '2026-Q2',
    text: 'Қостанай облысы: жаңа әкім 1 наурыздан бастап. Риски в сфере земельных отношений устранены.',
    occurredOn: '2026-07-03',
  },
  FigureCommentAdded: {
    commentId: id(11),
    unit: 'KZ-39',
    date: '2026-03-01',
    text: 'Новый аким с 1 марта',
    occurredOn: '2026-03-05',
  },
  FigureCommentWithdrawn: { commentId: id(11), occurredOn: '2026-03-06' },
  AlertRuleCreated: alertRule,
  AlertRuleChanged: {
    ...alertRule,
    name: 'Просроченные рекомендации в Актобе',
    condition: {
      kind: 'KPI_THRESHOLD',
      kpi: 'recommendationsOverdue',
      unit: 'KZ-15',
      period: '2026',
      threshold: 10,
      direction: 'ABOVE',
    },
  },
  AlertRuleMuted: { ruleId: id(11), occurredOn: '2026-05-22' },
  AlertRuleUnmuted: { ruleId: id(11), occurredOn: '2026-05-23' },
  AlertRuleDeleted: { ruleId: id(11), occurredOn: '2026-05-24' },
  AlertFired: alertFiring,
  AlertCleared: { ...alertFiring, numbers: { ...alertFiring.numbers, status: 'OFF_TRACK', actual: 12 } },
  AlertDeliveryAttempted: { ...alertDelivery, replica: 'api-1' },
  AlertDeliverySucceeded: alertDelivery,
  AlertDeliveryFailed: {
    ...alertDelivery,
    error: 'webhook answered 503',
    retryAt: '2026-05-21T10:00:02.000+05:00',
  },
  ReportScheduleCreated: reportSchedule,
  ReportScheduleChanged: { ...reportSchedule, cadence: 'FOUR_MONTHLY', unit: 'KZ-15', lang: 'kk' },
  ReportScheduleWithdrawn: { scheduleId: id(12), occurredOn: '2026-05-25' },
  ScheduledReportAttempted: { ...scheduledReport, replica: 'api-1' },
  ScheduledReportSent: scheduledReport,
  ScheduledReportFailed: {
    ...scheduledReport,
    error: '451 4.3.0 try again later',
    retryAt: '2026-07-01T00:00:05.000+05:00',
  },
  CentralBodyAdded: {
    code: 'AG-SPORT',
    kind: 'AGENCY',
    nameRu: 'Агентство по делам спорта',
    nameKk: 'Спорт істері агенттігі',
    nameEn: 'Agency for Sports Affairs',
    occurredOn: '2026-05-25',
  },
  CentralBodyRenamed: {
    code: 'MIN-TRADE',
    nameRu: 'Министерство торговли и интеграции',
    nameKk: 'Сауда және интеграция министрлігі',
    nameEn: 'Ministry of Trade and Integration',
    occurredOn: '2026-05-26',
  },
};

export const validSeeds = (): { type: EventType; data: Record<string, unknown> }[] => {
  const generated = new DomainEventGenerator(11)
    .writes(200)
    .flatMap((w) => [...w.events])
    .map((e) => ({ type: e.type as EventType, data: e.data as Record<string, unknown> }));
  const firstOfEach = [...new Map(generated.map((e) => [e.type, e])).values()];
  return [
    ...firstOfEach,
    ...Object.entries(written).map(([type, data]) => ({ type: type as EventType, data: data! })),
  ];
};

export const validMetadata = (type: EventType): EventMetadata => ({
  recordedAt: '2026-03-14T10:00:00.000+05:00',
  submittedBy: 'officer-kz15-01',
  region: 'KZ-15',
  submissionId: id(7),
  correlationId: id(8),
  channel: 'form',
  schemaVersion: CURRENT_SCHEMA_VERSION[type],
});
