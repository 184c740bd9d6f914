import { useI18n } from '@/lib/i18n/i18n.tsx';
import { useLiveStatus } from '@/lib/live/live-provider.tsx';

/** A small dot that says whether numbers on screen follow the log as it grows. */
export const LiveIndicator = () => {
  const { t } = useI18n();
  const status = useLiveStatus();
  if (status === 'idle' || status === 'connecting') return null;
  const on = status === 'open';
  return (
    <span className={`live-indicator ${on ? 'live-indicator--on' : 'live-indicator--off'}`} role="status">
      <span className="live-indicator__dot" aria-hidden="true" />
      <span className="live-indicator__text">{on ? t('live.on') : t('live.off')}</span>
    </span>
  );
};
