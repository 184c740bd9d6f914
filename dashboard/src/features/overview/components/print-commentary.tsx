import { useI18n } from '@/lib/i18n/i18n.tsx';
import { useReportCommentary } from '../api/report-commentary.ts';

/**
 * The chair's commentary as the printed overview shows it, last, as the PDF report does; on
 * screen the chair edits it in the commentary form instead.
 */
export const PrintCommentary = ({ unit, period }: { readonly unit: string; readonly period: string }) => {
  const { t } = useI18n();
  const commentary = useReportCommentary(unit, period).data?.reportCommentary;
  return (
    <section className="print-only print-commentary" aria-hidden="true">
      <h2 className="section-title">{t('commentary.title')}</h2>
      <p className="print-commentary__box">{commentary?.text ?? ''}</p>
    </section>
  );
};
