import { useEffect } from 'react';
import { useI18n } from '@/lib/i18n/i18n.tsx';
import { useInstitution } from '@/lib/institution/institution.ts';
import { Emblem } from './emblem.tsx';

/**
 * The product's name over the institution's, with the institution's logo (the product's own mark
 * when none is configured). Also names the browser tab: "product · institution".
 */
export const InstitutionBrand = ({ size = 36, variant }: { size?: number; variant: 'brand' | 'sign-in' }) => {
  const { t, lang } = useI18n();
  const institution = useInstitution();
  const name = institution?.name[lang] ?? '';
  useEffect(() => {
    document.title = name ? `${t('app.title')} · ${name}` : t('app.title');
  }, [name, t]);
  const logo = institution?.logoUrl ? (
    <img className="brand__logo" src={institution.logoUrl} alt="" width={size} height={size} />
  ) : (
    <Emblem size={size} />
  );
  if (variant === 'sign-in')
    return (
      <div className="sign-in__brand">
        {logo}
        <div>
          <p className="sign-in__product">{t('app.title')}</p>
          <p className="sign-in__agency">{name}</p>
        </div>
      </div>
    );
  return (
    <>
      {logo}
      <span className="brand__text">
        <span className="brand__title">{t('app.title')}</span>
        <span className="brand__agency">{name}</span>
      </span>
    </>
  );
};
