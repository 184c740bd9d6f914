import { type FormEvent, useEffect, useState } from 'react';
import { useMutation } from '@/lib/graphql/use-mutation.ts';
import { useI18n } from '@/lib/i18n/i18n.tsx';
import type { IssueLike } from '@/lib/i18n/issues/issue-text.ts';
import { useIssueWords } from '@/lib/i18n/issues/use-issue-words.ts';
import { WriteReportCommentaryMutation } from '../api/report-commentary.ts';
import { almatyToday } from '../model/filters.ts';

interface Answer {
  readonly __typename: string;
  readonly issues?: readonly IssueLike[];
}

interface CommentaryFormProps {
  readonly unit: string;
  readonly period: string;
  /** The commentary in force, to edit it ('' before one is written). */
  readonly saved: string;
  readonly onSaved: () => void;
}

/** The chair writes the commentary the review report for this unit and period carries. */
export const CommentaryForm = ({ unit, period, saved, onSaved }: CommentaryFormProps) => {
  const { t } = useI18n();
  const words = useIssueWords();
  const fieldLabel = (path: string) => (path === 'text' ? t('commentary.text') : path);
  const [text, setText] = useState('');
  const [note, setNote] = useState<string | null>(null);
  const write = useMutation(WriteReportCommentaryMutation);
  useEffect(() => setText(saved), [saved]);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const input = {
      submissionId: crypto.randomUUID(),
      unit,
      period,
      text,
      occurredOn: almatyToday(new Date()),
    };
    const answer: Answer = (await write.run({ input })).writeReportCommentary;
    if (answer.__typename.endsWith('Succeeded')) {
      setNote(t('commentary.saved'));
      onSaved();
    } else {
      setNote(
        answer.issues?.map((i) => words.issue(i, fieldLabel(i.path))).join(' ') ??
          words.refusal(answer.__typename),
      );
    }
  };

  return (
    <details className="card commentary-form">
      <summary>{t('commentary.title')}</summary>
      <p>{t('commentary.lead', { period })}</p>
      <form onSubmit={submit}>
        <label>
          {t('commentary.text')}
          <textarea
            value={text}
            onChange={(e) => setText(e.target.value)}
            rows={5}
            maxLength={4000}
            required
          />
        </label>
        <button type="submit" className="button button--primary" disabled={write.running}>
          {t('commentary.save')}
        </button>
      </form>
      {note ? <p role="status">{note}</p> : null}
    </details>
  );
};
