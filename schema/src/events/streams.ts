/**
 * Stream names: one stream per aggregate, `<category>-<id>`. The category prefix lets a store
 * (and EventStoreDB's `$ce-` projections) group streams by kind.
 */
export const streams = {
  risk: (riskId: string) => `risk-${riskId}`,
  recommendation: (recommendationId: string) => `recommendation-${recommendationId}`,
  transformation: (transformationId: string) => `transformation-${transformationId}`,
  right: (caseId: string) => `right-${caseId}`,
} as const;

export type StreamCategory = keyof typeof streams;

export const streamCategory = (streamId: string): string =>
  streamId.slice(0, Math.max(0, streamId.indexOf('-')));
