import type {
  EventData,
  ProcessTransformed,
  RecommendationIssued,
  RegionCode,
  RiskIdentified,
  RiskWithdrawn,
} from '@kpi/schema';
import type { CommandType, DecidableOf } from './command.ts';

/** 15:00 in Almaty on 2026-06-15. */
export const NOW = new Date('2026-06-15T10:00:00Z');
export const TODAY = '2026-06-15';
export const AKTOBE: RegionCode = 'KZ-15';
export const ASTANA: RegionCode = 'KZ-71';

export const RISK_A = '0b8f6d1e-8a55-4f0e-9a39-1c8f0f5e2a11';
export const RISK_B = '1c9a7e2f-9b66-4a1f-8b4a-2d9a1a6f3b22';
export const RISK_ASTANA = '2dab8f3a-ac77-4b2a-9c5b-3eab2b7a4c33';
export const REC_A = '3ebc9a4b-bd88-4c3b-8d6c-4fbc3c8b5d44';
export const REC_B = '4fcdab5c-ce99-4d4c-9e7d-5acd4d9c6e55';
export const TRANSFORMATION = '5adebc6d-dfaa-4e5d-8f8e-6bde5eadaf66';
export const TRANSFORMATION_EARLIER = '6befcd7e-e0bb-4f6e-9a9f-7cef6fbeb077';
export const CASE = '7cf0de8f-f1cc-4a7f-8bab-8df07acfc188';

export const riskIdentified = (over: Partial<EventData<'RiskIdentified'>> = {}): RiskIdentified => ({
  type: 'RiskIdentified',
  data: {
    riskId: RISK_A,
    region: AKTOBE,
    organization: 'Акимат г. Актобе',
    process: 'Предоставление земельных участков',
    sphere: 'LAND_RELATIONS',
    causeCategory: 'EXCESSIVE_DISCRETION',
    source: 'EXTERNAL_ANALYSIS',
    description: 'Комиссия по земельным вопросам решает без критериев',
    occurredOn: '2026-03-14',
    ...over,
  },
});

export const riskWithdrawn = (riskId = RISK_A, occurredOn = '2026-04-01'): RiskWithdrawn => ({
  type: 'RiskWithdrawn',
  data: { riskId, reason: 'Внесён по ошибке', occurredOn },
});

/** A transformation of 2026-05-01 that removed the risk (and implemented the recommendations named). */
export const riskRemoved = (
  riskId = RISK_A,
  transformationId = TRANSFORMATION_EARLIER,
  implementsRecommendationIds: string[] = [],
): ProcessTransformed => ({
  type: 'ProcessTransformed',
  data: {
    transformationId,
    region: AKTOBE,
    organization: 'Акимат г. Актобе',
    process: 'Предоставление земельных участков',
    kind: 'DIGITISED',
    description: 'Заявки принимаются только через портал',
    removesRiskIds: [riskId],
    implementsRecommendationIds,
    occurredOn: '2026-05-01',
  },
});

export const recommendationIssued = (
  over: Partial<EventData<'RecommendationIssued'>> = {},
): RecommendationIssued => ({
  type: 'RecommendationIssued',
  data: {
    recommendationId: REC_A,
    riskId: RISK_A,
    region: AKTOBE,
    organization: 'Акимат г. Актобе',
    text: 'Утвердить критерии отбора и публиковать решения комиссии',
    dueOn: '2026-09-01',
    occurredOn: '2026-04-10',
    ...over,
  },
});

/** A command as its decider receives it: submitted in Aktobe, now unless said otherwise. */
export const command = <T extends CommandType>(
  type: T,
  data: DecidableOf<T>['data'],
  options: { now?: Date; region?: RegionCode } = {},
): DecidableOf<T> =>
  ({ type, data, now: options.now ?? NOW, submitterUnit: options.region ?? AKTOBE }) as DecidableOf<T>;
