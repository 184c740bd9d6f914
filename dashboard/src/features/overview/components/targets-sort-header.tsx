import { useI18n } from '@/lib/i18n/i18n.tsx';

/** A league's "Targets" column head: sorts the units furthest off track first. */
export const TargetsSortHeader = ({
  sorted,
  onSort,
}: {
  readonly sorted: boolean;
  readonly onSort: () => void;
}) => {
  const { t } = useI18n();
  return (
    <th scope="col" aria-sort={sorted ? 'ascending' : undefined}>
      <button
        type="button"
        className="sort-button"
        onClick={onSort}
        title={t('league.sortBy', { column: t('league.targets') })}
      >
        {t('league.targets')}
        <span aria-hidden="true">{sorted ? ' ↓' : ''}</span>
      </button>
    </th>
  );
};
