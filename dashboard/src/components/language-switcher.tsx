import { useI18n } from '@/lib/i18n/i18n.tsx';
import { LANGS } from '@/lib/i18n/lang.ts';

/** Three buttons rather than a menu: one press, and the current language is always visible. */
export const LanguageSwitcher = () => {
  const { lang, setLang, t } = useI18n();
  return (
    <fieldset className="lang-switcher">
      <legend className="visually-hidden">{t('lang.label')}</legend>
      {LANGS.map((code) => (
        <button
          key={code}
          type="button"
          className="lang-switcher__option"
          aria-pressed={lang === code}
          lang={code}
          onClick={() => setLang(code)}
          title={t(`lang.${code}`)}
        >
          {code === 'kk' ? 'ҚАЗ' : code === 'ru' ? 'РУС' : 'ENG'}
        </button>
      ))}
    </fieldset>
  );
};
