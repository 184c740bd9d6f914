import { useState } from 'react';
import { useIssueWords } from '@/lib/i18n/issues/use-issue-words.ts';
import { useArrangeBoard } from '../api/arrange-board-mutation.ts';

/** Saves a new board order; each arrangement is its own submission, retried with the same id. */
export const useBoardOrder = (onSaved: () => void) => {
  const arrange = useArrangeBoard();
  const words = useIssueWords();
  const [refused, setRefused] = useState<string | null>(null);
  const [pending, setPending] = useState<{ ids: string[]; submissionId: string } | null>(null);
  const save = async (ids: string[], retry = false) => {
    const submission = retry && pending ? pending : { ids, submissionId: crypto.randomUUID() };
    setPending(submission);
    setRefused(null);
    const data = await arrange
      .run({ input: { submissionId: submission.submissionId, chartIds: submission.ids } })
      .catch(() => null);
    if (!data) return;
    setPending(null);
    const result = data.arrangeBoard;
    if (result.__typename === 'BoardSucceeded') onSaved();
    else if (result.__typename === 'ChartValidationFailed')
      setRefused(result.issues.map((i) => words.issue(i)).join(' '));
    else setRefused(words.refusal(result.__typename));
  };
  return {
    save,
    retry: () => pending && save(pending.ids, true),
    running: arrange.running,
    error: arrange.error,
    refused,
  };
};
