import { DayFilterField } from '@/components/day-filter-field.tsx';
import type { MessageKey } from '@/lib/i18n/catalogue.ts';
import { useI18n } from '@/lib/i18n/i18n.tsx';
import {
  CAUSE_LABELS,
  REGION_LABELS,
  SOURCE_LABELS,
  SPHERE_LABELS,
} from '@/lib/i18n/vocabulary.generated.ts';
import type { ChartSpec } from '../model/spec.ts';
import { DistrictCodes } from './district-codes.tsx';

type Filters = ChartSpec['filters'];
type ListKey = 'regions' | 'spheres' | 'causeCategories' | 'sources';

const LISTS: readonly { key: ListKey; label: MessageKey; codes: readonly string[] }[] = [
  { key: 'regions', label: 'charts.filters.regions', codes: Object.keys(REGION_LABELS) },
  { key: 'spheres', label: 'charts.filters.spheres', codes: Object.keys(SPHERE_LABELS) },
  { key: 'causeCategories', label: 'charts.filters.causes', codes: Object.keys(CAUSE_LABELS) },
  { key: 'sources', label: 'charts.filters.sources', codes: Object.keys(SOURCE_LABELS) },
];

/** Period, "as known on" and the vocabulary filters; errors from the server shown at their field. */
export const FilterControls = ({
  spec,
  onChange,
  errors,
}: {
  spec: ChartSpec;
  onChange: (next: ChartSpec) => void;
  errors: Record<string, string>;
}) => {
  const { t, region, sphere, cause, source } = useI18n();
  const labelOf: Record<ListKey, (code: string) => string> = {
    regions: region,
    spheres: sphere,
    causeCategories: cause,
    sources: source,
  };
  const filters: Filters = spec.filters ?? {};
  const set = (patch: Partial<NonNullable<Filters>>) =>
    onChange({ ...spec, filters: { ...filters, ...patch } });
  const asOfDay = spec.asOf ? spec.asOf.slice(0, 10) : '';
  return (
    <div className="builder__group">
      <fieldset className="period">
        <legend>{t('filters.period')}</legend>
        <div className="period__fields">
          <DayFilterField
            id="chart-from"
            className="field"
            label={t('filters.from')}
            value={filters?.from ?? null}
            max={filters?.to ?? null}
            clearable
            onChange={(from) => set({ from })}
          />
          <DayFilterField
            id="chart-to"
            className="field"
            label={t('filters.to')}
            value={filters?.to ?? null}
            min={filters?.from ?? null}
            clearable
            describedBy={errors['spec.filters.to'] ? 'chart-to-error' : undefined}
            onChange={(to) => set({ to })}
          />
        </div>
        {errors['spec.filters.to'] ? (
          <p id="chart-to-error" className="field__error">
            {errors['spec.filters.to']}
          </p>
        ) : null}
      </fieldset>
      <div>
        <DayFilterField
          id="chart-as-of"
          className="field"
          label={t('charts.asOf')}
          value={asOfDay || null}
          clearable
          describedBy="chart-as-of-hint"
          // The end of the chosen day in Almaty (UTC+5): everything recorded that day is included.
          onChange={(day) => onChange({ ...spec, asOf: day ? `${day}T23:59:59+05:00` : null })}
        />
        <p id="chart-as-of-hint" className="builder__hint">
          {t('charts.asOf.hint')}
        </p>
      </div>
      <DistrictCodes
        codes={filters?.districts ?? []}
        error={errors['spec.filters.districts'] ?? errors['spec.filter.districts']}
        onChange={(districts) => set({ districts: districts.length > 0 ? districts : null })}
      />
      {LISTS.map((list) => {
        const chosen = filters?.[list.key] ?? [];
        return (
          <details key={list.key} className="multi">
            <summary>
              {t(list.label)}:{' '}
              <span className="multi__state">
                {chosen.length === 0
                  ? t('charts.filters.any')
                  : t('charts.filters.selected', { count: chosen.length })}
              </span>
            </summary>
            <div className="multi__options">
              {list.codes.map((code) => (
                <label key={code} className="check">
                  <input
                    type="checkbox"
                    checked={chosen.includes(code)}
                    onChange={() => {
                      const next = chosen.includes(code)
                        ? chosen.filter((c) => c !== code)
                        : [...chosen, code];
                      set({ [list.key]: next.length > 0 ? next : null });
                    }}
                  />
                  <span>{labelOf[list.key](code)}</span>
                </label>
              ))}
              {chosen.length > 0 ? (
                <button
                  type="button"
                  className="button button--small"
                  onClick={() => set({ [list.key]: null })}
                >
                  {t('charts.filters.clear')}
                </button>
              ) : null}
            </div>
          </details>
        );
      })}
    </div>
  );
};
