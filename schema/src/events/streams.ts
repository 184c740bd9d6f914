/**
 * Stream names, `<category>-<id>`. The category prefix lets a store (and EventStoreDB's `$ce-`
 * projections) group streams by kind.
 *
 * A reporting unit's officers write every event of theirs (risks, recommendations,
 * transformations, rights restored, surveys, receptions) to the unit's one stream, the
 * consistency boundary a submission is decided against and appended to in one single-stream
 * append. The per-aggregate names remain the names of the things (a refusal names `risk-<id>`)
 * and of the streams a store written by the earlier layout holds, which `migrate-layout` reads.
 */
export const streams = {
  unit: (unitCode: string) => `unit-${unitCode}`,
  risk: (riskId: string) => `risk-${riskId}`,
  recommendation: (recommendationId: string) => `recommendation-${recommendationId}`,
  transformation: (transformationId: string) => `transformation-${transformationId}`,
  right: (caseId: string) => `right-${caseId}`,
} as const;

export type StreamCategory = keyof typeof streams;

export const streamCategory = (streamId: string): string =>
  streamId.slice(0, Math.max(0, streamId.indexOf('-')));
