import { useI18n } from '@/lib/i18n/i18n.tsx';
import type { ControlProps } from './field.tsx';

export type VocabularyLabels = Record<string, { ru: string; kk: string; en: string }>;

/** A select over one of the methodology's vocabularies, labelled in the interface language. */
export const VocabularySelect = ({
  control,
  labels,
  value,
  onChange,
  emptyLabel,
}: {
  control: ControlProps;
  labels: VocabularyLabels;
  value: string;
  onChange: (value: string) => void;
  emptyLabel?: string;
}) => {
  const { t, lang } = useI18n();
  return (
    <select {...control} value={value} onChange={(e) => onChange(e.target.value)}>
      <option value="">{emptyLabel ?? t('ws.choose')}</option>
      {Object.entries(labels).map(([code, label]) => (
        <option key={code} value={code}>
          {label[lang]}
        </option>
      ))}
    </select>
  );
};
