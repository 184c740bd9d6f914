import { useEffect, useState } from 'react';
import { useI18n } from '@/lib/i18n/i18n.tsx';

/** Codes as typed: separated by commas, semicolons or spaces. */
export const parseDistrictCodes = (text: string): string[] => [
  ...new Set(text.split(/[\s,;]+/).filter(Boolean)),
];

/**
 * The district filter: KATO codes typed by hand, since no catalogue of districts is held. The
 * server checks each code and names the filter when one is malformed.
 */
export const DistrictCodes = ({
  codes,
  error,
  onChange,
}: {
  codes: readonly string[];
  error: string | undefined;
  onChange: (codes: string[]) => void;
}) => {
  const { t } = useI18n();
  const joined = codes.join(', ');
  const [text, setText] = useState(joined);
  // A saved chart opened, or a link followed, brings its own codes.
  useEffect(() => setText(joined), [joined]);
  return (
    <div className="field">
      <label htmlFor="chart-districts">{t('charts.filters.districts')}</label>
      <input
        id="chart-districts"
        inputMode="numeric"
        value={text}
        aria-invalid={error ? true : undefined}
        aria-describedby="chart-districts-hint"
        onChange={(e) => setText(e.target.value)}
        onBlur={() => onChange(parseDistrictCodes(text))}
      />
      <p id="chart-districts-hint" className={error ? 'field__error' : 'builder__hint'}>
        {error ?? t('charts.filters.districts.hint')}
      </p>
    </div>
  );
};
