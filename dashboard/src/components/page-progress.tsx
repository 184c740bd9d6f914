import { useI18n } from '@/lib/i18n/i18n.tsx';

/** Shown while a screen or its data loads: an indeterminate bar and words for screen readers. */
export const PageProgress = ({ label }: { label?: string }) => {
  const { t } = useI18n();
  return (
    <div className="page-progress" role="status" aria-live="polite">
      <div className="progress-bar progress-bar--indeterminate" aria-hidden="true" />
      <p>{label ?? t('common.loading')}</p>
    </div>
  );
};
