import { useI18n } from '@/lib/i18n/i18n.tsx';
import { useCentralBodies } from '../api/central-bodies.ts';

/** Every role an administrator may give, in the order the forms offer them. */
export const ASSIGNABLE_ROLES = [
  'CHAIR',
  'DEPUTY_CHAIR',
  'ANALYST',
  'REGIONAL_OFFICER',
  'CENTRAL_BODY_OFFICER',
  'ADMINISTRATOR',
] as const;

/**
 * Picks the central state body a central body's officer is bound to, from the catalogue as the
 * server holds it (seeded and added bodies), named in the reader's language.
 */
export const CentralBodySelect = ({
  id,
  value,
  onChange,
  invalid,
  describedBy,
}: {
  id: string;
  value: string;
  onChange: (code: string) => void;
  invalid?: boolean;
  describedBy?: string | undefined;
}) => {
  const { lang } = useI18n();
  const { data } = useCentralBodies();
  const nameOf = (b: { nameRu: string; nameKk: string; nameEn: string }) =>
    lang === 'kk' ? b.nameKk : lang === 'en' ? b.nameEn : b.nameRu;
  return (
    <select
      id={id}
      value={value}
      onChange={(e) => onChange(e.target.value)}
      aria-invalid={invalid}
      aria-describedby={describedBy}
    >
      <option value="">—</option>
      {(data?.centralBodies ?? []).map((body) => (
        <option key={body.code} value={body.code}>
          {nameOf(body)}
        </option>
      ))}
    </select>
  );
};

/** A body's name in the reader's language, from the catalogue; its code while the catalogue loads. */
export const useCentralBodyName = (): ((code: string) => string) => {
  const { lang } = useI18n();
  const { data } = useCentralBodies();
  return (code) => {
    const body = data?.centralBodies.find((b) => b.code === code);
    if (!body) return code;
    return lang === 'kk' ? body.nameKk : lang === 'en' ? body.nameEn : body.nameRu;
  };
};
