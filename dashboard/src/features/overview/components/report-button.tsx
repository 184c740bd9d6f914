import { useI18n } from '@/lib/i18n/i18n.tsx';
import type { OverviewFilters } from '../model/filters.ts';
import { reviewPeriodOf, reviewReportUrl } from '../model/review-period.ts';

/**
 * Downloads the review meeting's report as a PDF for the filters shown (period, region, "as of")
 * in the interface language; the server draws it (see docs/reports.md).
 */
export const ReportButton = ({ filters }: { readonly filters: OverviewFilters }) => {
  const { t, lang } = useI18n();
  const period = reviewPeriodOf(filters.from, filters.to);
  return (
    <a
      className="button report-button"
      href={reviewReportUrl({ ...filters, lang })}
      download
      title={t('report.hint', { period })}
    >
      {t('report.download', { period })}
    </a>
  );
};
