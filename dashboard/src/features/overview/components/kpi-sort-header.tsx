import { useI18n } from '@/lib/i18n/i18n.tsx';
import { metaOf, type OverviewKpi } from '../model/kpi-meta.ts';

interface KpiSortHeaderProps {
  readonly kpi: OverviewKpi;
  /** The table is sorted by this column, in this order; undefined when by another. */
  readonly sorted: 'ascending' | 'descending' | undefined;
  readonly onSort: (kpi: OverviewKpi) => void;
}

/** A league's column head: the KPI's name as a button that sorts by it, the order told to readers. */
export const KpiSortHeader = ({ kpi, sorted, onSort }: KpiSortHeaderProps) => {
  const { t } = useI18n();
  const label = t(metaOf(kpi).label);
  return (
    <th scope="col" className="num" aria-sort={sorted}>
      <button
        type="button"
        className="sort-button"
        onClick={() => onSort(kpi)}
        title={t('league.sortBy', { column: label })}
      >
        {label}
        <span aria-hidden="true">{sorted ? ' ↓' : ''}</span>
      </button>
    </th>
  );
};
