import { useI18n } from '@/lib/i18n/i18n.tsx';

/**
 * The chair's commentary as the printed overview shows it, last, as the PDF report does; on
 * screen the chair edits it in the commentary form instead.
 */
export const PrintCommentary = ({ text }: { readonly text: string }) => {
  const { t } = useI18n();
  return (
    <section className="print-only print-commentary" aria-hidden="true">
      <h2 className="section-title">{t('commentary.title')}</h2>
      <p className="print-commentary__box">{text}</p>
    </section>
  );
};
