import { useI18n } from '@/lib/i18n/i18n.tsx';

/** Places climbed or lost since the previous period, as an arrow and a number with words for a reader. */
export const RankMove = ({ move }: { readonly move: number | null }) => {
  const { t } = useI18n();
  if (move === null) return <span className="rank-move">{t('league.move.none')}</span>;
  if (move === 0)
    return (
      <span className="rank-move" title={t('league.move.same')}>
        <span aria-hidden="true">=</span>
        <span className="visually-hidden">{t('league.move.same')}</span>
      </span>
    );
  const words = t(move > 0 ? 'league.move.up' : 'league.move.down', { count: Math.abs(move) });
  return (
    <span className={`rank-move rank-move--${move > 0 ? 'up' : 'down'}`} title={words}>
      <span aria-hidden="true">
        {move > 0 ? '▲' : '▼'}
        {Math.abs(move)}
      </span>
      <span className="visually-hidden">{words}</span>
    </span>
  );
};
