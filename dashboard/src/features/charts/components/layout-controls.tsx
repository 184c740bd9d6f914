import type { MessageKey } from '@/lib/i18n/catalogue.ts';
import { useI18n } from '@/lib/i18n/i18n.tsx';
import { CHART_TYPES, type ChartSpec, DIMENSIONS, GRANULARITIES, type Granularity } from '../model/spec.ts';
import { measureText, targetMeasureOf } from '../model/target-measures.ts';

type Dimension = ChartSpec['dimensions'][number];

/** The breakdown, an optional split, the time step and the chart type. */
export const LayoutControls = ({
  spec,
  onChange,
}: {
  spec: ChartSpec;
  onChange: (next: ChartSpec) => void;
}) => {
  const { t } = useI18n();
  const [first, second] = spec.dimensions;
  const timeIn = spec.dimensions.find((d) => d.by === 'TIME');
  const setDimensions = (next: (Dimension | undefined)[]) =>
    onChange({ ...spec, dimensions: next.filter((d): d is Dimension => d !== undefined) });
  const dimension = (by: string): Dimension | undefined =>
    by === '' ? undefined : { by, granularity: by === 'TIME' ? (timeIn?.granularity ?? 'MONTH') : null };
  return (
    <div className="builder__group">
      <div className="field">
        <label htmlFor="chart-dimension">{t('charts.dimension')}</label>
        <select
          id="chart-dimension"
          value={first?.by ?? ''}
          onChange={(e) => setDimensions([dimension(e.target.value), e.target.value ? second : undefined])}
        >
          <option value="">{t('charts.dimension.none')}</option>
          {DIMENSIONS.map((d) => (
            <option key={d} value={d}>
              {t(`charts.dimension.${d}` as MessageKey)}
            </option>
          ))}
        </select>
      </div>
      {first ? (
        <div className="field">
          <label htmlFor="chart-split">{t('charts.split')}</label>
          <select
            id="chart-split"
            value={second?.by ?? ''}
            onChange={(e) => setDimensions([first, dimension(e.target.value)])}
          >
            <option value="">{t('charts.split.none')}</option>
            {DIMENSIONS.filter((d) => d !== first.by).map((d) => (
              <option key={d} value={d}>
                {t(`charts.dimension.${d}` as MessageKey)}
              </option>
            ))}
          </select>
        </div>
      ) : null}
      {timeIn ? (
        <div className="field">
          <label htmlFor="chart-granularity">{t('charts.granularity')}</label>
          <select
            id="chart-granularity"
            value={timeIn.granularity ?? 'MONTH'}
            onChange={(e) =>
              setDimensions(
                spec.dimensions.map((d) =>
                  d.by === 'TIME' ? { ...d, granularity: e.target.value as Granularity } : d,
                ),
              )
            }
          >
            {GRANULARITIES.map((g) => (
              <option key={g} value={g}>
                {t(`charts.granularity.${g}` as MessageKey)}
              </option>
            ))}
          </select>
        </div>
      ) : null}
      {first ? (
        <div className="sort-fields">
          <div className="field">
            <label htmlFor="chart-sort">{t('charts.sort')}</label>
            <select
              id="chart-sort"
              value={spec.sort ? `${spec.sort.by}|${spec.sort.direction}` : ''}
              onChange={(e) => {
                const [by, direction] = e.target.value.split('|');
                onChange({
                  ...spec,
                  sort: by && direction ? { by, direction: direction as 'ASC' | 'DESC' } : null,
                });
              }}
            >
              <option value="">{t('charts.sort.natural')}</option>
              {/* The server sorts by a KPI or by label, not by a target. */}
              {spec.measures
                .filter((m) => targetMeasureOf(m) === null)
                .flatMap((m) => [
                  <option key={`${m}|DESC`} value={`${m}|DESC`}>
                    {t('charts.sort.desc', { measure: measureText(t, m) })}
                  </option>,
                  <option key={`${m}|ASC`} value={`${m}|ASC`}>
                    {t('charts.sort.asc', { measure: measureText(t, m) })}
                  </option>,
                ])}
            </select>
          </div>
          <div className="field">
            <label htmlFor="chart-limit">{t('charts.limit')}</label>
            <input
              id="chart-limit"
              type="number"
              min={1}
              max={1000}
              inputMode="numeric"
              value={spec.limit ?? ''}
              placeholder="100"
              onChange={(e) =>
                onChange({
                  ...spec,
                  limit: e.target.value ? Math.max(1, Math.trunc(Number(e.target.value))) : null,
                })
              }
            />
          </div>
        </div>
      ) : null}
      <fieldset className="chart-types">
        <legend>{t('charts.type')}</legend>
        {CHART_TYPES.map((type) => (
          <label key={type} className="chart-types__option">
            <input
              type="radio"
              name="chart-type"
              value={type}
              checked={spec.chartType === type}
              onChange={() => onChange({ ...spec, chartType: type })}
            />
            <span>{t(`charts.chartType.${type}` as MessageKey)}</span>
          </label>
        ))}
      </fieldset>
    </div>
  );
};
