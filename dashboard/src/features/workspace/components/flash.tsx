import { useLocation } from 'react-router';
import { useI18n } from '@/lib/i18n/i18n.tsx';

/** A saved record's confirmation, carried back to the register by the form that saved it. */
export const Flash = () => {
  const { t } = useI18n();
  const flash = (useLocation().state as { flash?: 'saved' | 'replayed' } | null)?.flash;
  if (!flash) return null;
  return (
    <p className="notice notice--success" role="status">
      {flash === 'replayed' ? t('ws.replayed') : t('ws.saved')}
    </p>
  );
};
