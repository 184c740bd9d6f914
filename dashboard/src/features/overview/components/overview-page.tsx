import { useI18n } from '@/lib/i18n/i18n.tsx';
import { useOverviewFilters } from '../model/use-overview-filters.ts';
import { FilterBar } from './filter-bar.tsx';
import '../overview.css';

const OverviewPage = () => {
  const { t, fmt } = useI18n();
  const { filters, update, today } = useOverviewFilters();
  return (
    <section aria-labelledby="overview-title" className="overview">
      <div className="page-header">
        <div>
          <h1 id="overview-title">{t('overview.title')}</h1>
          <p>{t('overview.period', { from: fmt.date(filters.from), to: fmt.date(filters.to) })}</p>
        </div>
      </div>
      <FilterBar filters={filters} today={today} onChange={update} />
    </section>
  );
};

export default OverviewPage;
