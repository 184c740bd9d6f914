import type { MessageKey } from '@/lib/i18n/catalogue.ts';
import { useI18n } from '@/lib/i18n/i18n.tsx';
import { MAX_MEASURES, MEASURES } from '../model/spec.ts';
import { kpiOfMeasure, TARGET_MEASURE_KINDS, targetMeasure } from '../model/target-measures.ts';

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
  const toggle = (key: string, checked: boolean) =>
    onChange(
      checked
        ? // Unchecking a KPI takes its target measures with it.
          value.filter((v) => v !== key && (key !== kpiOfMeasure(v) || v === kpiOfMeasure(v)))
        : [...value, key],
    );
  return (
    <fieldset className="builder__group" aria-invalid={error ? true : undefined}>
      <legend>{t('charts.measures')}</legend>
      <p className="builder__hint">{t('charts.measures.hint', { max: MAX_MEASURES })}</p>
      <div className="measure-list">
        {MEASURES.map((m) => {
          const checked = value.includes(m.key);
          return (
            <div key={m.key} className="measure-list__item">
              <label className="check">
                <input
                  type="checkbox"
                  name="measure"
                  value={m.key}
                  checked={checked}
                  disabled={!checked && full}
                  onChange={() => toggle(m.key, checked)}
                />
                <span>{t(measureLabel(m.key))}</span>
              </label>
              {/* Against targets: offered once the KPI itself is charted (no target holds an outcome). */}
              {checked && !m.outcome
                ? TARGET_MEASURE_KINDS.map((kind) => {
                    const key = targetMeasure(kind, m.key);
                    const on = value.includes(key);
                    return (
                      <label key={key} className="check check--nested">
                        <input
                          type="checkbox"
                          name="measure"
                          value={key}
                          checked={on}
                          disabled={!on && full}
                          onChange={() => toggle(key, on)}
                        />
                        <span>{t(`charts.measure.${kind}.short`)}</span>
                      </label>
                    );
                  })
                : null}
            </div>
          );
        })}
      </div>
      {error ? <p className="field__error">{error}</p> : null}
    </fieldset>
  );
};
