import { DayFilterField } from '@/components/day-filter-field.tsx';
import { FilterChip } from '@/components/filter-chip.tsx';
import { RegionSelect, SphereSelect } from '@/components/vocabulary-select.tsx';
import { useI18n } from '@/lib/i18n/i18n.tsx';
import { type BoardFilters, hasBoardFilters, NO_BOARD_FILTERS } from '../model/board-filters.ts';

interface Props {
  readonly filters: BoardFilters;
  readonly onChange: (change: Partial<BoardFilters>) => void;
}

/** One period, region and sphere for every chart on the board, and the filters in force as chips. */
export const BoardFilterBar = ({ filters, onChange }: Props) => {
  const { t, region, sphere } = useI18n();
  return (
    <>
      <form
        className="filter-bar card board-filters"
        aria-label={t('charts.board.filters')}
        onSubmit={(e) => e.preventDefault()}
      >
        <p className="board-filters__lead">{t('charts.board.filtersLead')}</p>
        <DayFilterField
          id="board-from"
          label={t('filters.from')}
          value={filters.from}
          max={filters.to}
          clearable
          onChange={(from) => onChange({ from })}
        />
        <DayFilterField
          id="board-to"
          label={t('filters.to')}
          value={filters.to}
          min={filters.from}
          clearable
          onChange={(to) => onChange({ to })}
        />
        <RegionSelect
          id="board-region"
          value={filters.region}
          onChange={(code) => onChange({ region: code })}
        />
        <SphereSelect
          id="board-sphere"
          value={filters.sphere}
          onChange={(code) => onChange({ sphere: code })}
        />
        {hasBoardFilters(filters) ? (
          <button type="button" className="button" onClick={() => onChange(NO_BOARD_FILTERS)}>
            {t('filters.reset')}
          </button>
        ) : null}
      </form>
      {filters.region || filters.sphere ? (
        <div className="filter-chips">
          {filters.region ? (
            <FilterChip
              label={t('filters.region')}
              value={region(filters.region)}
              onRemove={() => onChange({ region: null })}
            />
          ) : null}
          {filters.sphere ? (
            <FilterChip
              label={t('filters.sphere')}
              value={sphere(filters.sphere)}
              onRemove={() => onChange({ sphere: null })}
            />
          ) : null}
        </div>
      ) : null}
    </>
  );
};
