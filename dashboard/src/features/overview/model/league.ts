/**
 * Where a region's work gets stuck: the funnel step with the weakest conversion. Risks found but
 * rarely followed by recommendations point at the recommendation step; recommendations issued but
 * rarely followed by transformations point at the transformation step. Too few events to judge: null.
 */
export const bottleneckOf = (
  values: Readonly<Record<string, number | null>>,
  minimum = 5,
): 'recommendation' | 'transformation' | null => {
  const risks = values.risksIdentified ?? 0;
  const recommendations = values.recommendationsIssued ?? 0;
  const removed = values.causesRemoved ?? 0;
  if (risks < minimum) return null;
  const toRecommendation = recommendations / risks;
  const toTransformation = recommendations === 0 ? 0 : removed / recommendations;
  if (toRecommendation >= 0.8 && toTransformation >= 0.8) return null;
  return toRecommendation <= toTransformation ? 'recommendation' : 'transformation';
};
