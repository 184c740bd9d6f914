import type { ResultOf, TadaDocumentNode, VariablesOf } from 'gql.tada';
import { useCallback, useRef, useState } from 'react';
import { useMutation } from '@/lib/graphql/use-mutation.ts';
import { commandOf, serverIssuesOf } from '../api/submission-issues-query.ts';
import { type FieldIssue, issuesByField } from '../model/field-issues.ts';

// biome-ignore lint/suspicious/noExplicitAny: any submission mutation; its input and answer types flow through.
type AnyDocument = TadaDocumentNode<any, any>;

export type Refusal = 'Conflict' | 'NotFound' | 'Forbidden' | 'SubmissionReused' | 'other';

interface Answer {
  readonly __typename: string;
  readonly issues?: readonly FieldIssue[];
  readonly replayed?: boolean;
}

/**
 * One submission form's conversation with the server. The submission id is chosen here once per
 * intended record and kept while the request fails in transit, so a retry cannot record twice;
 * after any answer from the server the next submission gets a new id.
 */
export const useCommand = <Document extends AnyDocument>(document: Document, fields: readonly string[]) => {
  const mutation = useMutation(document);
  const submissionId = useRef(crypto.randomUUID());
  const [issues, setIssues] = useState<Record<string, FieldIssue>>({});
  const [otherIssues, setOtherIssues] = useState<FieldIssue[]>([]);
  const [refusal, setRefusal] = useState<{ kind: Refusal } | null>(null);
  const fieldsKey = fields.join(',');

  const submit = useCallback(
    async (input: Omit<VariablesOf<Document>['input'], 'submissionId'>): Promise<Answer | null> => {
      checks.current++;
      setRefusal(null);
      const data = (await mutation
        .run({ input: { ...input, submissionId: submissionId.current } } as VariablesOf<Document>)
        .catch(() => null)) as ResultOf<Document> | null;
      if (!data) return null;
      submissionId.current = crypto.randomUUID();
      const answer = Object.values(data as Record<string, Answer>)[0]!;
      if (answer.__typename.endsWith('Succeeded')) {
        setIssues({});
        setOtherIssues([]);
        return answer;
      }
      if (answer.__typename === 'ValidationFailed') {
        const { byField, other } = issuesByField(answer.issues ?? [], fieldsKey.split(','));
        setIssues(byField);
        setOtherIssues(other);
        return null;
      }
      setIssues({});
      const kind = (['Conflict', 'NotFound', 'Forbidden', 'SubmissionReused'] as const).find(
        (k) => k === answer.__typename,
      );
      setRefusal({ kind: kind ?? 'other' });
      return null;
    },
    [mutation.run, fieldsKey],
  );

  const command = commandOf(document);
  /** Which check's answer may still land: a later submit or check makes an earlier one stale. */
  const checks = useRef(0);

  /**
   * Every required field left empty, and every day that is no day, reported at once and in the
   * form's order, before anything is sent: dates and choices cannot even be sent wrong (the API's
   * types refuse them before its checks run). The server's own checks of the other fields filled
   * in (`submissionIssues`, which writes nothing) join them as they arrive, so one submit names
   * every problem. Calendar days are the fields named `…On`, as in the API.
   */
  const missing = useCallback(
    (values: Record<string, unknown>, all: Record<string, unknown> = values): boolean => {
      const isEmpty = (v: unknown) =>
        v === null ||
        v === undefined ||
        (typeof v === 'string' && v.trim() === '') ||
        (Array.isArray(v) && v.length === 0);
      const isNoDay = (path: string, v: unknown) =>
        path.endsWith('On') && typeof v === 'string' && !/^\d{4}-\d{2}-\d{2}$/.test(v);
      const order = fieldsKey.split(',');
      const wrong = Object.entries(values)
        .flatMap(([path, v]): FieldIssue[] =>
          isEmpty(v)
            ? [{ path, code: 'required' }]
            : isNoDay(path, v)
              ? [{ path, code: 'invalid_date' }]
              : [],
        )
        .sort((a, b) => order.indexOf(a.path) - order.indexOf(b.path));
      if (wrong.length === 0) return false;
      const local = issuesByField(wrong, order).byField;
      setIssues(local);
      setOtherIssues([]);
      setRefusal(null);
      const check = ++checks.current;
      if (command) {
        void serverIssuesOf(command, all)
          .then((found) => {
            if (check !== checks.current) return;
            // The form's own word on a field stands; the server's fills the fields it left alone.
            setIssues({ ...issuesByField(found, order).byField, ...local });
          })
          // Without an answer the form's own checks stand; the submission will say the rest.
          .catch(() => undefined);
      }
      return true;
    },
    [fieldsKey, command],
  );

  return { submit, missing, running: mutation.running, error: mutation.error, issues, otherIssues, refusal };
};
