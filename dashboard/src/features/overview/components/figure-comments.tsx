import { type FormEvent, useState } from 'react';
import { DayFilterField } from '@/components/day-filter-field.tsx';
import { useMutation } from '@/lib/graphql/use-mutation.ts';
import { useI18n } from '@/lib/i18n/i18n.tsx';
import type { IssueLike } from '@/lib/i18n/issues/issue-text.ts';
import {
  AddFigureCommentMutation,
  type FigureComment,
  WithdrawFigureCommentMutation,
} from '../api/figure-comments.ts';
import { almatyToday } from '../model/filters.ts';

interface Answer {
  readonly __typename: string;
  readonly issues?: readonly IssueLike[];
}

interface FigureCommentsProps {
  readonly comments: readonly FigureComment[];
  /** The unit a new comment is about: the region in focus, or the country. */
  readonly unit: string;
  /** Whether the viewer may add and withdraw comments (the chair and analysts). */
  readonly canComment: boolean;
  readonly onChanged: () => void;
}

/** The notes on the figures marked on the charts above, in full, and the form to add one. */
export const FigureComments = ({ comments, unit, canComment, onChanged }: FigureCommentsProps) => {
  const { t, fmt, region } = useI18n();
  const today = almatyToday(new Date());
  const [values, setValues] = useState({ date: today, text: '' });
  const [note, setNote] = useState<string | null>(null);
  const add = useMutation(AddFigureCommentMutation);
  const withdraw = useMutation(WithdrawFigureCommentMutation);
  const report = (answer: Answer, done: string) => {
    if (answer.__typename.endsWith('Succeeded')) {
      setNote(done);
      onChanged();
    } else if (answer.issues && answer.issues.length > 0) {
      // The server's words are English: name the field in the reader's language instead.
      const fields = answer.issues.map((i) =>
        i.path.endsWith('date') ? t('figureComments.date') : t('figureComments.text'),
      );
      setNote(t('figureComments.checkFields', { fields: [...new Set(fields)].join(', ') }));
    } else setNote(t('figureComments.refused'));
  };
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!values.date) {
      setNote(t('figureComments.checkFields', { fields: t('figureComments.date') }));
      return;
    }
    const input = { submissionId: crypto.randomUUID(), unit, ...values, occurredOn: today };
    report((await add.run({ input })).addFigureComment, t('figureComments.added'));
  };
  const remove = async (commentId: string) => {
    const input = { submissionId: crypto.randomUUID(), commentId, occurredOn: today };
    report((await withdraw.run({ input })).withdrawFigureComment, t('figureComments.withdrawn'));
  };
  if (comments.length === 0 && !canComment) return null;
  return (
    <section className="card figure-comments" aria-labelledby="figure-comments-title">
      <h3 id="figure-comments-title">{t('figureComments.title')}</h3>
      <ul>
        {comments.map((c) => (
          <li key={c.id}>
            {t('figureComments.marker', {
              date: fmt.date(c.date),
              text: `${c.unit === 'KZ' ? '' : `${region(c.unit)}: `}${c.text}`,
              author: c.authorName ?? c.author,
            })}{' '}
            {canComment ? (
              <button
                type="button"
                className="link-button"
                onClick={() => remove(c.id)}
                disabled={withdraw.running}
              >
                {t('figureComments.withdraw')}
              </button>
            ) : null}
          </li>
        ))}
      </ul>
      {canComment ? (
        <form className="figure-comment-form" onSubmit={submit}>
          <p>{t('figureComments.lead')}</p>
          <DayFilterField
            id="figure-comment-date"
            className="field"
            label={t('figureComments.date')}
            value={values.date || null}
            max={today}
            clearable
            onChange={(day) => setValues({ ...values, date: day ?? '' })}
          />
          <label>
            {t('figureComments.text')}
            <input
              value={values.text}
              maxLength={500}
              onChange={(e) => setValues({ ...values, text: e.target.value })}
              required
            />
          </label>
          <button type="submit" className="button button--primary" disabled={add.running}>
            {t('figureComments.add')}
          </button>
        </form>
      ) : null}
      {note ? <p role="status">{note}</p> : null}
    </section>
  );
};
