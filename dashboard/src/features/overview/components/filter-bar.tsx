import { DayFilterField } from '@/components/day-filter-field.tsx';
import { RegionSelect, SphereSelect } from '@/components/vocabulary-select.tsx';
import { useI18n } from '@/lib/i18n/i18n.tsx';
import { type OverviewFilters, PRESETS, presetPeriod } from '../model/filters.ts';
import { DistrictFilter } from './district-filter.tsx';

interface FilterBarProps {
  readonly filters: OverviewFilters;
  readonly today: string;
  readonly onChange: (change: Partial<OverviewFilters>) => void;
}

/** Period, region, sphere, district and the "as known on" date; every change lands in the URL. */
export const FilterBar = ({ filters, today, onChange }: FilterBarProps) => {
  const { t, fmt } = useI18n();
  // With "as known on" set, the quick periods end on that day: later days are not known yet.
  const lastDay = filters.asOf ?? today;
  const preset = PRESETS.find((p) => {
    const period = presetPeriod(p, lastDay);
    return period.from === filters.from && period.to === filters.to;
  });
  return (
    <form className="filter-bar card" aria-label={t('filters.title')} onSubmit={(e) => e.preventDefault()}>
      <div className="filter-bar__group">
        <label className="field__label" htmlFor="filter-preset">
          {t('filters.period')}
        </label>
        <select
          id="filter-preset"
          value={preset ?? ''}
          onChange={(e) => {
            const chosen = PRESETS.find((p) => p === e.target.value);
            if (chosen) onChange(presetPeriod(chosen, lastDay));
          }}
        >
          {preset ? null : <option value="">{`${fmt.date(filters.from)} – ${fmt.date(filters.to)}`}</option>}
          {PRESETS.map((p) => (
            <option key={p} value={p}>
              {t(`preset.${p}`)}
            </option>
          ))}
        </select>
      </div>
      <DayFilterField
        id="filter-from"
        label={t('filters.from')}
        value={filters.from}
        max={filters.to}
        onChange={(from) => from && onChange({ from })}
      />
      <DayFilterField
        id="filter-to"
        label={t('filters.to')}
        value={filters.to}
        min={filters.from}
        max={lastDay}
        onChange={(to) => to && onChange({ to })}
      />
      <RegionSelect
        id="filter-region"
        value={filters.region}
        // A district belongs to one region: another region leaves it behind.
        onChange={(code) => onChange({ region: code, district: null })}
      />
      <SphereSelect
        id="filter-sphere"
        value={filters.sphere}
        onChange={(code) => onChange({ sphere: code })}
      />
      <DistrictFilter
        district={filters.district}
        region={filters.region}
        onChange={(district) => onChange({ district })}
      />
      <DayFilterField
        id="filter-as-of"
        className="filter-bar__group filter-bar__group--as-of"
        label={t('filters.asOf')}
        labelTitle={t('filters.asOfHint')}
        describedBy="filter-as-of-hint"
        value={filters.asOf}
        max={today}
        clearable
        onChange={(asOf) =>
          // A quick period follows the day it is known on; a hand-picked one is cut there.
          onChange(preset ? { asOf, ...presetPeriod(preset, asOf ?? today) } : { asOf })
        }
      />
      <span id="filter-as-of-hint" className="visually-hidden">
        {t('filters.asOfHint')}
      </span>
      <button
        type="button"
        className="button button--small filter-bar__reset"
        onClick={() =>
          onChange({
            ...presetPeriod('last12', today),
            region: null,
            sphere: null,
            district: null,
            asOf: null,
          })
        }
      >
        {t('filters.reset')}
      </button>
    </form>
  );
};
