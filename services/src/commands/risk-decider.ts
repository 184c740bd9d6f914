import {
  type CauseCategory,
  districtIssue,
  type ProcessTransformed,
  type RecommendationIssued,
  type RegionCode,
  type RiskEvent,
  type RiskIdentified,
  type RiskReclassified,
  type RiskSource,
  type RiskWithdrawn,
  type Sphere,
  unitOf,
} from '@kpi/schema';
import type { DecidableOf } from './command.ts';
import { notFound, RuleIssues, refuse, requireOwnUnit } from './refusal.ts';

export interface KnownRisk {
  readonly exists: true;
  readonly riskId: string;
  readonly region: RegionCode;
  /** Its reporting unit (`unitOf`): the central body it was identified for, or its region. */
  readonly unit: string;
  /** The KATO code of its district, and the name given with it; none for a region-level risk. */
  readonly district?: string | undefined;
  readonly districtName?: string | undefined;
  readonly identifiedOn: string;
  readonly organization: string;
  readonly process: string;
  readonly sphere: Sphere;
  readonly causeCategory: CauseCategory;
  readonly source: RiskSource;
  readonly withdrawn: boolean;
  /** The transformation that removed it, and its date; a risk is removed once. */
  readonly removedBy: string | null;
  readonly removedOn: string | null;
  /** The latest-dated recommendation issued for it: a removal is never dated before it. */
  readonly lastRecommendation: { readonly recommendationId: string; readonly issuedOn: string } | null;
}

export type RiskState = { readonly exists: false } | KnownRisk;

export const initialRiskState = (): RiskState => ({ exists: false });

export const evolveRisk = (state: RiskState, event: RiskEvent): RiskState => {
  switch (event.type) {
    case 'RiskIdentified': {
      const { description: _, occurredOn, ...classification } = event.data;
      return {
        exists: true,
        ...classification,
        unit: unitOf(event.data),
        identifiedOn: occurredOn,
        withdrawn: false,
        removedBy: null,
        removedOn: null,
        lastRecommendation: null,
      };
    }
    case 'RiskReclassified': {
      if (!state.exists) return state;
      const { organization, process, sphere, causeCategory, source, district, districtName } = event.data;
      return {
        ...state,
        // A new district brings its own name (or none): the old name belongs to the old code.
        ...(district === undefined ? {} : { district, districtName }),
        organization: organization ?? state.organization,
        process: process ?? state.process,
        sphere: sphere ?? state.sphere,
        causeCategory: causeCategory ?? state.causeCategory,
        source: source ?? state.source,
      };
    }
    case 'RiskWithdrawn':
      return state.exists ? { ...state, withdrawn: true } : state;
    case 'RiskRemoved':
      // The earlier layout's marker: the transformation itself says so (see `removeRisk`).
      return state;
    default: {
      const unknown: never = event;
      return unknown;
    }
  }
};

/**
 * A transformation removed the risk. Removed once: should an older store name it twice, the
 * earliest-dated removal stands, as in the KPIs.
 */
export const removeRisk = (state: RiskState, event: ProcessTransformed): RiskState => {
  if (!state.exists) return state;
  const { transformationId, occurredOn } = event.data;
  if (state.removedOn !== null && state.removedOn <= occurredOn) return state;
  return { ...state, removedBy: transformationId, removedOn: occurredOn };
};

/** A recommendation was issued for the risk: the latest-dated one is kept. */
export const recommendRisk = (state: RiskState, event: RecommendationIssued): RiskState => {
  if (!state.exists) return state;
  const { recommendationId, occurredOn } = event.data;
  const last = state.lastRecommendation;
  if (last !== null && last.issuedOn >= occurredOn) return state;
  return { ...state, lastRecommendation: { recommendationId, issuedOn: occurredOn } };
};

/** The risk a command refers to: it exists and belongs to the submitter's unit. */
export const existingRiskOf = (state: RiskState, riskId: string, submitterUnit: string): KnownRisk => {
  if (!state.exists) return notFound('risk', riskId, submitterUnit);
  requireOwnUnit(`risk ${riskId}`, state.unit, submitterUnit);
  return state;
};

export const identifyRisk = (command: DecidableOf<'IdentifyRisk'>, state: RiskState): [RiskIdentified] => {
  const { data, submitterUnit, now } = command;
  requireOwnUnit('the risk', unitOf(data), submitterUnit);
  if (state.exists) {
    refuse({
      kind: 'Conflict',
      message: `risk ${data.riskId} already exists`,
      streamId: `risk-${data.riskId}`,
    });
  }
  const issues = new RuleIssues();
  issues.notInFuture('occurredOn', data.occurredOn, now);
  issues.throwIfAny();
  return [{ type: 'RiskIdentified', data }];
};

export const withdrawRisk = (command: DecidableOf<'WithdrawRisk'>, state: RiskState): [RiskWithdrawn] => {
  const { data, submitterUnit, now } = command;
  const risk = existingRiskOf(state, data.riskId, submitterUnit);
  const issues = new RuleIssues();
  // A removed risk may still be withdrawn: it was entered in error, and the transformation that
  // named it keeps counting for the other risks it removed.
  if (risk.withdrawn) issues.add('riskId', 'withdrawn', 'the risk is already withdrawn');
  issues.notInFuture('occurredOn', data.occurredOn, now);
  issues.notBefore('occurredOn', data.occurredOn, risk.identifiedOn, 'the date the risk was identified');
  issues.throwIfAny();
  return [{ type: 'RiskWithdrawn', data }];
};

const CLASSIFICATION_FIELDS = [
  'organization',
  'process',
  'sphere',
  'causeCategory',
  'source',
  'district',
] as const;

export const reclassifyRisk = (
  command: DecidableOf<'ReclassifyRisk'>,
  state: RiskState,
): [RiskReclassified] => {
  const { data, submitterUnit, now } = command;
  const risk = existingRiskOf(state, data.riskId, submitterUnit);
  const issues = new RuleIssues();
  if (risk.withdrawn) issues.add('riskId', 'withdrawn', 'a withdrawn risk cannot be reclassified');
  // The event does not repeat the region, so the rule surveys and receptions keep in their schema
  // is kept here, against the region the risk was identified in.
  const outside = data.district === undefined ? null : districtIssue(risk.region, data.district);
  if (outside) issues.add('district', 'invalid_district', outside);
  const changes = CLASSIFICATION_FIELDS.filter((f) => data[f] !== undefined && data[f] !== risk[f]);
  const renamesDistrict = data.district !== undefined && data.districtName !== risk.districtName;
  if (changes.length === 0 && !renamesDistrict) {
    issues.add('sphere', 'no_change', 'the risk is already classified so: name a field with a new value');
  }
  issues.notInFuture('occurredOn', data.occurredOn, now);
  issues.notBefore('occurredOn', data.occurredOn, risk.identifiedOn, 'the date the risk was identified');
  issues.throwIfAny();
  return [{ type: 'RiskReclassified', data }];
};
