import type { FastifyInstance } from 'fastify';

const RESULT = (succeeded: string, idField: string) => `__typename
  ... on ${succeeded} { ${idField} streamId revision position replayed }
  ... on ValidationFailed { issues { path code message } }
  ... on Conflict { message streamId }
  ... on NotFound { message id }
  ... on Forbidden { message }
  ... on SubmissionReused { message submissionId }`;

export const MUTATIONS = {
  identifyRisk: ['IdentifyRisk', 'riskId'],
  reclassifyRisk: ['ReclassifyRisk', 'riskId'],
  withdrawRisk: ['WithdrawRisk', 'riskId'],
  issueRecommendation: ['IssueRecommendation', 'recommendationId'],
  rejectRecommendation: ['RejectRecommendation', 'recommendationId'],
  moveRecommendationDueDate: ['MoveRecommendationDueDate', 'recommendationId'],
  recordTransformation: ['RecordTransformation', 'transformationId'],
  recordRightRestored: ['RecordRightRestored', 'caseId'],
} as const;

export type MutationName = keyof typeof MUTATIONS;

const documentOf = (name: MutationName) => {
  const [type, idField] = MUTATIONS[name];
  return `mutation($input: ${type}Input!) { ${name}(input: $input) { ${RESULT(`${type}Succeeded`, idField)} } }`;
};

/** Sends one submission mutation as the viewer the test's authenticate knows by `x-as`. */
export const mutate = async (
  app: FastifyInstance,
  as: string | null,
  name: MutationName,
  input: Record<string, unknown>,
  headers: Record<string, string> = {},
) => {
  const response = await app.inject({
    method: 'POST',
    url: '/graphql',
    headers: { 'content-type': 'application/json', ...(as ? { 'x-as': as } : {}), ...headers },
    payload: { query: documentOf(name), variables: { input } },
  });
  const body = response.json() as {
    // biome-ignore lint/suspicious/noExplicitAny: answers are read by the assertions that follow
    data?: Record<string, any>;
    errors?: { message: string }[];
  };
  if (body.errors) throw new Error(`${name}: ${JSON.stringify(body.errors)}`);
  return body.data![name];
};
