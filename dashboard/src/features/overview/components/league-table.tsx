import { useI18n } from '@/lib/i18n/i18n.tsx';
import { formatKpi } from '../model/format-kpi.ts';
import { metaOf, type OverviewKpi } from '../model/kpi-meta.ts';
import type { RegionRow } from '../model/kpi-view.ts';
import { bottleneckOf } from '../model/league.ts';
import { movementOf, ranksBy } from '../model/league-rank.ts';
import { statusRank, type TargetStatus } from '../model/targets.ts';
import { KpiSortHeader } from './kpi-sort-header.tsx';
import { RankMove } from './rank-move.tsx';
import { Sparkline } from './sparkline.tsx';
import { TargetStatusBadge } from './target-status.tsx';
import { TargetsSortHeader } from './targets-sort-header.tsx';
import { useFlash } from './use-flash.ts';

export const LEAGUE_COLUMNS: readonly OverviewKpi[] = [
  'causesRemoved',
  'removalRate',
  'medianDaysToRemoval',
  'recommendationsOverdue',
  'rightsRestoredCases',
  'recurrenceRate',
];

export type LeagueSort = OverviewKpi | 'targets';

/** The KPI places and lines are read by: the sorted column, or causes removed when sorted by targets. */
export const rankedKpi = (sortBy: LeagueSort): OverviewKpi =>
  sortBy === 'targets' ? 'causesRemoved' : sortBy;

interface LeagueTableProps {
  readonly rows: readonly RegionRow[];
  readonly selected: string | null;
  readonly onSelectRegion: (region: string) => void;
  readonly onOpen: (region: string, kpi: OverviewKpi) => void;
  readonly changedAt?: number | null;
  /** Each region's worst status among its targets of the day; no column without targets. */
  readonly statuses?: Readonly<Record<string, TargetStatus>> | null;
  readonly sortBy: LeagueSort;
  readonly onSortBy: (sortBy: LeagueSort) => void;
  /** The same regions in the previous period, by the ranked KPI: each row's move comes from it. */
  readonly previousRows?: readonly RegionRow[] | null;
  /** Each region's ranked KPI over the period, in time order. */
  readonly sparklines?: Readonly<Record<string, readonly (number | null)[]>> | null;
}

/** Regions ranked by a chosen KPI (best first, whichever direction "best" is for that KPI). */
export const LeagueTable = ({
  rows,
  selected,
  onSelectRegion,
  onOpen,
  changedAt = null,
  statuses = null,
  sortBy,
  onSortBy: setSortBy,
  previousRows = null,
  sparklines = null,
}: LeagueTableProps) => {
  const { t, fmt, region } = useI18n();
  const flash = useFlash(changedAt);
  const ranked = metaOf(rankedKpi(sortBy));
  const ranks = ranksBy(rows, rankedKpi(sortBy), ranked.better);
  const previousRanks = previousRows ? ranksBy(previousRows, rankedKpi(sortBy), ranked.better) : null;
  // By targets: the regions furthest off track first, those without a status last.
  const direction = sortBy === 'targets' || metaOf(sortBy).better === 'down' ? 1 : -1;
  const statusOf = (regionCode: string) => statuses?.[regionCode] ?? null;
  const sortValue = (row: RegionRow) =>
    sortBy === 'targets'
      ? statusOf(row.region) === null
        ? null
        : statusRank(statusOf(row.region))
      : (row.values[sortBy] ?? null);
  const sorted = [...rows].sort((a, b) => {
    const x = sortValue(a);
    const y = sortValue(b);
    if (x === null) return y === null ? 0 : 1;
    if (y === null) return -1;
    return (x - y) * direction || region(a.region).localeCompare(region(b.region));
  });
  return (
    <section className={`card league${flash ? ' is-flashing' : ''}`} aria-labelledby="league-title">
      <header className="chart-card__header">
        <div>
          <h2 id="league-title">{t('league.title')}</h2>
          <p className="chart-card__subtitle">{t('league.lead')}</p>
        </div>
      </header>
      <div className="league__scroll">
        <table>
          <thead>
            <tr>
              <th scope="col" className="num">
                {t('league.rank')}
              </th>
              <th scope="col">
                <span title={t('league.move.lead')}>{t('league.move')}</span>
              </th>
              <th scope="col">{t('league.region')}</th>
              <th scope="col">{t('league.trend', { kpi: t(ranked.label) })}</th>
              {LEAGUE_COLUMNS.map((kpi) => (
                <KpiSortHeader
                  key={kpi}
                  kpi={kpi}
                  sorted={sortBy === kpi ? (direction < 0 ? 'descending' : 'ascending') : undefined}
                  onSort={setSortBy}
                />
              ))}
              {statuses ? (
                <TargetsSortHeader sorted={sortBy === 'targets'} onSort={() => setSortBy('targets')} />
              ) : null}
              <th scope="col">{t('league.stuck')}</th>
            </tr>
          </thead>
          <tbody>
            {sorted.map((row, index) => {
              const stuck = bottleneckOf(row.values);
              const line = sparklines?.[row.region] ?? [];
              const known = line.filter((v): v is number => v !== null);
              return (
                <tr key={row.region} className={selected === row.region ? 'is-selected' : undefined}>
                  <td className="num">{sortBy === 'targets' ? index + 1 : (ranks.get(row.region) ?? '—')}</td>
                  <td>
                    <RankMove move={movementOf(ranks, previousRanks, row.region)} />
                  </td>
                  <th scope="row">
                    <button type="button" className="link-button" onClick={() => onSelectRegion(row.region)}>
                      {region(row.region)}
                    </button>
                  </th>
                  <td>
                    <Sparkline
                      values={line}
                      color={ranked.color}
                      label={t('league.trendLine', {
                        from: formatKpi(fmt, ranked.shape, known[0] ?? null),
                        to: formatKpi(fmt, ranked.shape, known[known.length - 1] ?? null),
                      })}
                    />
                  </td>
                  {LEAGUE_COLUMNS.map((kpi) => (
                    <td key={kpi} className="num">
                      <button type="button" className="link-button" onClick={() => onOpen(row.region, kpi)}>
                        {formatKpi(fmt, metaOf(kpi).shape, row.values[kpi] ?? null)}
                      </button>
                    </td>
                  ))}
                  {statuses ? (
                    <td>
                      <TargetStatusBadge status={statusOf(row.region)} />
                    </td>
                  ) : null}
                  <td>{stuck ? t(`league.stuck.${stuck}`) : t('league.stuck.none')}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </section>
  );
};
