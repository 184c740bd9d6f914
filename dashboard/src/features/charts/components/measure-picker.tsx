import type { MessageKey } from '@/lib/i18n/catalogue.ts';
import { useI18n } from '@/lib/i18n/i18n.tsx';
import { MAX_MEASURES, MEASURES } from '../model/spec.ts';

export const measureLabel = (key: string): MessageKey => `charts.measure.${key}` as MessageKey;

/** Checkboxes, not a custom list box: keyboard and screen readers work without extra code. */
export const MeasurePicker = ({
  value,
  onChange,
  error,
}: {
  value: readonly string[];
  onChange: (next: string[]) => void;
  error?: string | undefined;
}) => {
  const { t } = useI18n();
  const full = value.length >= MAX_MEASURES;
  return (
    <fieldset className="builder__group" aria-invalid={error ? true : undefined}>
      <legend>{t('charts.measures')}</legend>
      <p className="builder__hint">{t('charts.measures.hint', { max: MAX_MEASURES })}</p>
      <div className="measure-list">
        {MEASURES.map((m) => {
          const checked = value.includes(m.key);
          return (
            <label key={m.key} className="check">
              <input
                type="checkbox"
                name="measure"
                value={m.key}
                checked={checked}
                disabled={!checked && full}
                onChange={() => onChange(checked ? value.filter((v) => v !== m.key) : [...value, m.key])}
              />
              <span>{t(measureLabel(m.key))}</span>
            </label>
          );
        })}
      </div>
      {error ? <p className="field__error">{error}</p> : null}
    </fieldset>
  );
};
