import { useI18n } from '@/lib/i18n/i18n.tsx';

/** Time travel must never be mistaken for today's numbers: a banner says which day's knowledge this is. */
export const AsOfBanner = ({
  asOf,
  position,
  onBack,
}: {
  asOf: string;
  position: number | null;
  onBack: () => void;
}) => {
  const { t, fmt } = useI18n();
  return (
    <div className="as-of-banner" role="status">
      <svg width="22" height="22" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
        <circle cx="12" cy="12" r="9" fill="none" stroke="currentColor" strokeWidth="2" />
        <path d="M12 7v5l3 2" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" />
      </svg>
      <p>
        {t('asOf.banner', { date: fmt.date(asOf) })}
        {position !== null ? (
          <span className="as-of-banner__position">
            {' '}
            ({t('asOf.position', { position: fmt.integer(position) })})
          </span>
        ) : null}
      </p>
      <button type="button" className="button button--small" onClick={onBack}>
        {t('asOf.back')}
      </button>
    </div>
  );
};
