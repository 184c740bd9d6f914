import { useState } from 'react';
import { useI18n } from '@/lib/i18n/i18n.tsx';
import { type BodyRow, rankBodies } from '../model/body-league.ts';
import { formatKpi } from '../model/format-kpi.ts';
import { metaOf, type OverviewKpi } from '../model/kpi-meta.ts';
import { statusRank, type TargetStatus } from '../model/targets.ts';
import { KpiSortHeader } from './kpi-sort-header.tsx';
import { LEAGUE_COLUMNS, type LeagueSort, rankedKpi } from './league-table.tsx';
import { TargetStatusBadge } from './target-status.tsx';
import { TargetsSortHeader } from './targets-sort-header.tsx';
import { useFlash } from './use-flash.ts';

interface BodyLeagueTableProps {
  readonly rows: readonly BodyRow[];
  readonly onOpen: (body: BodyRow, kpi: OverviewKpi) => void;
  readonly changedAt?: number | null;
  /** Each body's worst status among its targets of the day; no column when no body has one. */
  readonly statuses?: Readonly<Record<string, TargetStatus>> | null;
}

/**
 * Central state bodies ranked by a chosen KPI, beside the regions' league: the ministries and
 * agencies whose work the chair reviews as he reviews the akimats'. A body's figures are its own
 * work only; what the regions did themselves is in the regions' league.
 */
export const BodyLeagueTable = ({
  rows,
  onOpen,
  changedAt = null,
  statuses = null,
}: BodyLeagueTableProps) => {
  const { t, fmt, lang } = useI18n();
  const flash = useFlash(changedAt);
  const [sortBy, setSortBy] = useState<LeagueSort>('causesRemoved');
  const statusOf = (code: string) => statuses?.[code] ?? null;
  // By targets, as the regions' league: the bodies furthest off track first, those without a
  // status last; places then follow the order, and causes removed orders equal statuses.
  const rankKpi = rankedKpi(sortBy);
  const byKpi = rankBodies(rows, rankKpi, metaOf(rankKpi).better, lang);
  const ranked: { row: BodyRow; place: number | null }[] =
    sortBy === 'targets'
      ? [...byKpi]
          .sort((x, y) => statusRank(statusOf(x.row.code)) - statusRank(statusOf(y.row.code)))
          .map(({ row }, i) => ({ row, place: i + 1 }))
      : byKpi;
  return (
    <section className={`card league${flash ? ' is-flashing' : ''}`} aria-labelledby="body-league-title">
      <header className="chart-card__header">
        <div>
          <h2 id="body-league-title">{t('bodyLeague.title')}</h2>
          <p className="chart-card__subtitle">{t('bodyLeague.lead')}</p>
        </div>
      </header>
      {rows.length === 0 ? (
        <p className="chart-card__subtitle">{t('bodyLeague.empty')}</p>
      ) : (
        <div className="league__scroll">
          <table>
            <thead>
              <tr>
                <th scope="col" className="num">
                  {t('league.rank')}
                </th>
                <th scope="col">{t('bodyLeague.body')}</th>
                {LEAGUE_COLUMNS.map((kpi) => (
                  <KpiSortHeader
                    key={kpi}
                    kpi={kpi}
                    sorted={
                      sortBy === kpi ? (metaOf(kpi).better === 'up' ? 'descending' : 'ascending') : undefined
                    }
                    onSort={setSortBy}
                  />
                ))}
                {statuses ? (
                  <TargetsSortHeader sorted={sortBy === 'targets'} onSort={() => setSortBy('targets')} />
                ) : null}
              </tr>
            </thead>
            <tbody>
              {ranked.map(({ row, place }) => (
                <tr key={row.code} data-body={row.code}>
                  <td className="num">{place ?? '—'}</td>
                  <th scope="row">{row.name[lang]}</th>
                  {LEAGUE_COLUMNS.map((kpi) => (
                    <td key={kpi} className="num">
                      <button type="button" className="link-button" onClick={() => onOpen(row, kpi)}>
                        {formatKpi(fmt, metaOf(kpi).shape, row.values[kpi] ?? null)}
                      </button>
                    </td>
                  ))}
                  {statuses ? (
                    <td>
                      <TargetStatusBadge status={statusOf(row.code)} />
                    </td>
                  ) : null}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
};
