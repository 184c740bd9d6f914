import { useEffect, useState } from 'react';
import { useI18n } from '@/lib/i18n/i18n.tsx';
import { isDistrictOf } from '../model/filters.ts';

interface DistrictFilterProps {
  readonly district: string | null;
  readonly region: string | null;
  readonly onChange: (district: string | null) => void;
}

/**
 * A district by its KATO code, typed: no catalogue of districts is held. The code is applied once
 * it has nine digits of the region in focus; until then the field says what it expects.
 */
export const DistrictFilter = ({ district, region, onChange }: DistrictFilterProps) => {
  const { t } = useI18n();
  const [text, setText] = useState(district ?? '');
  useEffect(() => setText(district ?? ''), [district]);
  const typed = text.trim();
  const wrong = typed !== '' && !isDistrictOf(typed, region);
  return (
    <div className="filter-bar__group">
      <label className="field__label" htmlFor="filter-district">
        {t('filters.district')}
      </label>
      <input
        id="filter-district"
        inputMode="numeric"
        maxLength={9}
        placeholder={region ? `${region.slice(3)}…` : t('filters.allDistricts')}
        value={text}
        aria-invalid={wrong ? true : undefined}
        aria-describedby="filter-district-hint"
        onChange={(e) => {
          const next = e.target.value.trim();
          setText(e.target.value);
          if (next === '') onChange(null);
          else if (isDistrictOf(next, region)) onChange(next);
        }}
      />
      <span id="filter-district-hint" className={wrong ? 'field__error' : 'visually-hidden'}>
        {t('filters.districtHint')}
      </span>
    </div>
  );
};
