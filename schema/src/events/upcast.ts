import type { EventType } from './registry.ts';

/**
 * Stored events keep the schema version they were written with; readers see the current version.
 * An upcaster lifts data from version N to N+1, so old events stay readable without rewriting
 * history. Add a step here (and bump CURRENT_SCHEMA_VERSION) whenever an event's shape changes.
 */
type Upcaster = (data: Record<string, unknown>) => Record<string, unknown>;

export const CURRENT_SCHEMA_VERSION: Readonly<Record<EventType, number>> = {
  RiskIdentified: 2,
  RiskReclassified: 1,
  RiskWithdrawn: 1,
  RiskRemoved: 1,
  RecommendationIssued: 1,
  RecommendationRejected: 1,
  RecommendationDueDateMoved: 1,
  RecommendationImplemented: 1,
  ProcessTransformed: 1,
  RightRestored: 2,
  UserRegistered: 1,
  UserRoleGranted: 1,
  UserPasswordChanged: 1,
  UserDeactivated: 1,
  UsernameReserved: 1,
  UserSignedOut: 1,
  ChartSaved: 1,
  ChartRenamed: 1,
  ChartUpdated: 1,
  ChartDeleted: 1,
  BoardArranged: 1,
  TargetSet: 1,
  TargetWithdrawn: 1,
  PerceptionSurveyConducted: 1,
  PerceptionSurveyWithdrawn: 1,
  CitizenReceptionHeld: 1,
  ReportCommentaryWritten: 1,
  FigureCommentAdded: 1,
  FigureCommentWithdrawn: 1,
  AlertRuleCreated: 1,
  AlertRuleChanged: 1,
  AlertRuleMuted: 1,
  AlertRuleUnmuted: 1,
  AlertRuleDeleted: 1,
  AlertFired: 1,
  AlertCleared: 1,
  AlertDeliveryAttempted: 1,
  AlertDeliverySucceeded: 1,
  AlertDeliveryFailed: 1,
  ReportScheduleCreated: 1,
  ReportScheduleChanged: 1,
  ReportScheduleWithdrawn: 1,
  ScheduledReportAttempted: 1,
  ScheduledReportSent: 1,
  ScheduledReportFailed: 1,
  CentralBodyAdded: 1,
  CentralBodyRenamed: 1,
};

const UPCASTERS: Partial<Record<EventType, Readonly<Record<number, Upcaster>>>> = {
  RiskIdentified: {
    // v1 came from the pilot regions, whose project offices recorded only risks found by the
    // agency's external analysis; v2 names the source of every risk.
    1: (data) => ({ ...data, source: data.source ?? 'EXTERNAL_ANALYSIS' }),
  },
  RightRestored: {
    // v1 always gave the organization and never a sphere: a case naming a risk took its sphere
    // from it (as v2 still does when none is given); a case naming none had no sphere, and now
    // counts under "other", the sphere of what fits no named one.
    1: (data) =>
      data.riskId === undefined && data.sphere === undefined ? { ...data, sphere: 'OTHER' } : data,
  },
};

export class UnknownSchemaVersionError extends Error {
  readonly type: string;
  readonly version: number;
  constructor(type: string, version: number) {
    super(`${type} has no upcaster from schema version ${version}`);
    this.name = 'UnknownSchemaVersionError';
    this.type = type;
    this.version = version;
  }
}

/** Lifts stored data of `version` to the current version of its type. Unknown types pass through. */
export const upcast = (type: string, version: number, data: unknown): unknown => {
  const current = (CURRENT_SCHEMA_VERSION as Record<string, number>)[type];
  if (current === undefined || version === current) return data;
  if (version > current) throw new UnknownSchemaVersionError(type, version);
  let lifted = data as Record<string, unknown>;
  for (let v = version; v < current; v++) {
    const step = UPCASTERS[type as EventType]?.[v];
    if (!step) throw new UnknownSchemaVersionError(type, v);
    lifted = step(lifted);
  }
  return lifted;
};
