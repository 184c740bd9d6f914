import type { ChartComment } from '@/components/comment-markers.tsx';
import { useI18n } from '@/lib/i18n/i18n.tsx';

/** The comments a chart marks, each whole: its day, its author and its text. */
export const ChartCommentList = ({ comments }: { readonly comments: readonly ChartComment[] }) => {
  const { t, fmt } = useI18n();
  const byDay = [...comments].sort((a, b) => a.date.localeCompare(b.date));
  return (
    <ul className="chart-comments" aria-label={t('charts.comments.label')}>
      {byDay.map((comment) => (
        <li key={comment.id} data-testid="chart-comment">
          <span aria-hidden="true">✎ </span>
          <strong>{fmt.date(comment.date)}</strong> · {comment.author}: {comment.text}
        </li>
      ))}
    </ul>
  );
};
