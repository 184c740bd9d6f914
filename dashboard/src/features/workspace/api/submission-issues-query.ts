import { request } from '@/lib/graphql/client.ts';
import { graphql } from '@/lib/graphql/graphql.ts';
import type { FieldIssue } from '../model/field-issues.ts';

export const SubmissionIssuesQuery = graphql(`
  query SubmissionIssues($command: String!, $data: JSONObject!) {
    submissionIssues(command: $command, data: $data) {
      issues {
        path
        code
        values {
          date
          limit
          id
          count
        }
      }
    }
  }
`);

/**
 * The submission mutation's command, named by its field: `identifyRisk` submits `IdentifyRisk`.
 * Read from the document, so a form needs to say nothing more.
 */
export const commandOf = (document: unknown): string | null => {
  const definitions = (document as { definitions?: readonly unknown[] }).definitions ?? [];
  for (const definition of definitions) {
    const first = (definition as { selectionSet?: { selections?: readonly { name?: { value?: string } }[] } })
      .selectionSet?.selections?.[0]?.name?.value;
    if (first) return first.charAt(0).toUpperCase() + first.slice(1);
  }
  return null;
};

/**
 * What the server would say of the fields filled in so far: its validation and decision, run
 * without writing. A blank field is left out (the form names it itself, and an optional one is
 * sent as absent), and a kind-of-value issue is dropped: the form sends numbers as numbers, which
 * its text boxes hold as text until then.
 */
export const serverIssuesOf = async (
  command: string,
  values: Readonly<Record<string, unknown>>,
): Promise<FieldIssue[]> => {
  const data = Object.fromEntries(
    Object.entries(values).filter(([, v]) => !(typeof v === 'string' && v.trim() === '') && v != null),
  );
  const answer = await request(SubmissionIssuesQuery, { command, data });
  return answer.submissionIssues.issues.filter((issue) => issue.code !== 'invalid_type');
};
