import { randomUUID } from 'node:crypto';
import type { BrowserContext } from 'playwright-core';

/**
 * Sends a GraphQL operation from a signed-in browser context (its session cookie), for scenario
 * steps that happen on another person's screen and are not the subject of the test.
 */
export const gql = async <T>(
  context: BrowserContext,
  query: string,
  variables: Record<string, unknown> = {},
): Promise<T> => {
  const response = await context.request.post('/graphql', {
    data: { query, variables },
    headers: { 'content-type': 'application/json' },
  });
  const body = (await response.json()) as { data?: T; errors?: { message: string }[] };
  if (body.errors?.length)
    throw new Error(`GraphQL refused: ${body.errors.map((e) => e.message).join('; ')}`);
  return body.data as T;
};

export const almatyToday = (): string =>
  new Intl.DateTimeFormat('en-CA', {
    timeZone: 'Asia/Almaty',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(new Date());

export const IDENTIFY_RISK = `
  mutation ($input: IdentifyRiskInput!) {
    identifyRisk(input: $input) {
      __typename
      ... on IdentifyRiskSucceeded { riskId position }
      ... on ValidationFailed { issues { path message } }
      ... on Forbidden { message }
    }
  }
`;

export const RECORD_TRANSFORMATION = `
  mutation ($input: RecordTransformationInput!) {
    recordTransformation(input: $input) {
      __typename
      ... on RecordTransformationSucceeded { position }
      ... on ValidationFailed { issues { path message } }
    }
  }
`;

/** Region codes travel as the API's enum: KZ-71 as KZ_71. */
const regionEnum = (code: string) => code.replace('-', '_');

export const riskInput = (region: string, occurredOn = almatyToday()) => ({
  submissionId: randomUUID(),
  region: regionEnum(region),
  occurredOn,
  sphere: 'LAND_RELATIONS',
  causeCategory: 'EXCESSIVE_DISCRETION',
  source: 'EXTERNAL_ANALYSIS',
  organization: 'Управление земельных отношений',
  process: 'Предоставление земельных участков',
  description: 'Решение о предоставлении участка принимается единолично, без открытого конкурса',
});

export const transformationInput = (region: string, riskId: string, occurredOn = almatyToday()) => ({
  submissionId: randomUUID(),
  region: regionEnum(region),
  occurredOn,
  kind: 'DIGITISED',
  organization: 'Управление земельных отношений',
  process: 'Предоставление земельных участков',
  description: 'Участки распределяются через электронный аукцион на портале',
  removesRiskIds: [riskId],
});
