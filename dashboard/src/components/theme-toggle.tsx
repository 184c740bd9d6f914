import { useI18n } from '@/lib/i18n/i18n.tsx';
import { useTheme } from '@/lib/theme/theme.ts';

/** Dark or light for this browser; the system's preference until the reader chooses. */
export const ThemeToggle = () => {
  const { t } = useI18n();
  const { theme, setTheme } = useTheme();
  const dark = theme === 'dark';
  return (
    <button
      type="button"
      className="theme-toggle"
      aria-pressed={dark}
      title={t('theme.dark')}
      onClick={() => setTheme(dark ? 'light' : 'dark')}
    >
      <span aria-hidden="true">{dark ? '☾' : '☀'}</span>
      <span className="visually-hidden">{t('theme.dark')}</span>
    </button>
  );
};
