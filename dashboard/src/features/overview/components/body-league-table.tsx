import { useState } from 'react';
import { useI18n } from '@/lib/i18n/i18n.tsx';
import { type BodyRow, rankBodies } from '../model/body-league.ts';
import { formatKpi } from '../model/format-kpi.ts';
import { metaOf, type OverviewKpi } from '../model/kpi-meta.ts';
import { KpiSortHeader } from './kpi-sort-header.tsx';
import { LEAGUE_COLUMNS } from './league-table.tsx';
import { useFlash } from './use-flash.ts';

interface BodyLeagueTableProps {
  readonly rows: readonly BodyRow[];
  readonly onOpen: (body: BodyRow, kpi: OverviewKpi) => void;
  readonly changedAt?: number | null;
}

/**
 * Central state bodies ranked by a chosen KPI, beside the regions' league: the ministries and
 * agencies whose work the chair reviews as he reviews the akimats'. A body's figures are its own
 * work only; what the regions did themselves is in the regions' league.
 */
export const BodyLeagueTable = ({ rows, onOpen, changedAt = null }: BodyLeagueTableProps) => {
  const { t, fmt, lang } = useI18n();
  const flash = useFlash(changedAt);
  const [sortBy, setSortBy] = useState<OverviewKpi>('causesRemoved');
  const ranked = rankBodies(rows, sortBy, metaOf(sortBy).better, lang);
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
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
};
