import type { Command } from './command.ts';

/** Commands as a form or the import submits them, for the handler's integration tests. */
export const risk = (over: Record<string, unknown> = {}): Command => ({
  type: 'IdentifyRisk',
  data: {
    region: 'KZ-15',
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
export const form = (submissionId: string) => ({
  submissionId,
  correlationId: `req-${submissionId}`,
  channel: 'form' as const,
});

export const transformation = (
  removesRiskIds: string[],
  implementsRecommendationIds: string[] = [],
  kind = 'MADE_PUBLIC',
): Command => ({
  type: 'RecordTransformation',
  data: {
    region: 'KZ-15',
    organization: 'Акимат г. Актобе',
    process: 'Предоставление земельных участков',
    kind: kind as 'MADE_PUBLIC',
    description: 'Решения комиссии публикуются',
    removesRiskIds,
    implementsRecommendationIds,
    occurredOn: '2026-05-15',
  },
});
