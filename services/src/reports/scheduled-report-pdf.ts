import { periodClosingInstant, reviewReport } from '@kpi/projections';
import type { AppReadModels } from '../runtime/registered-projections.ts';
import type { ReportLanguage } from './labels.ts';
import { renderReviewPdf } from './review-pdf.ts';

/**
 * One schedule's review report for one period, as known at the period's last instant in Almaty
 * and dated then: made again at any later time it is the same bytes, whatever was recorded since.
 */
export const scheduledReportPdf = (
  models: Pick<AppReadModels, 'kpi' | 'targets' | 'annotations'>,
  schedule: { readonly unit: string; readonly lang: ReportLanguage },
  period: string,
  nameOf: (userId: string) => string,
): Promise<Buffer> => {
  const asOf = periodClosingInstant(period);
  const report = reviewReport(
    { kpi: models.kpi(), targets: models.targets().state, annotations: models.annotations().state },
    // The chair's report: the league of regions included, and "now" the closing instant too.
    { unit: schedule.unit, period, asOf, now: new Date(asOf), seesAllRegions: true },
  );
  return renderReviewPdf(report, { lang: schedule.lang, createdAt: new Date(asOf), nameOf });
};
