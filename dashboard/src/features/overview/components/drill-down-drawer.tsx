import { ApiErrorPanel } from '@/components/api-error-panel.tsx';
import { Drawer } from '@/components/drawer.tsx';
import { EmptyState } from '@/components/empty-state.tsx';
import { PageProgress } from '@/components/page-progress.tsx';
import type { MessageKey } from '@/lib/i18n/catalogue.ts';
import { useI18n } from '@/lib/i18n/i18n.tsx';
import { type DrillRow, useDrillDown } from '../api/drill-down-query.ts';
import { metaOf } from '../model/kpi-meta.ts';
import type { DrillTarget } from '../model/kpi-view.ts';
import { DrillStory, EventNote } from './drill-story.tsx';

const known = <K extends string>(prefix: string, value: string, keys: readonly K[]): MessageKey | null =>
  (keys as readonly string[]).includes(value) ? (`${prefix}.${value}` as MessageKey) : null;

const ROLES = [
  'identified',
  'reclassified',
  'removed',
  'issued',
  'dueDateMoved',
  'implemented',
  'rejected',
  'restored',
  'recurred',
] as const;
const CHANNELS = ['form', 'import', 'api', 'seed', 'system'] as const;
const SUBJECTS = ['risk', 'recommendation', 'right'] as const;

/** The audit trail behind one figure: each thing counted, its events, who submitted each and when. */
export const DrillDownDrawer = ({ target, onClose }: { target: DrillTarget | null; onClose: () => void }) => {
  const { t, fmt, region } = useI18n();
  const scope = target
    ? [
        `${fmt.shortDate(target.from)} — ${fmt.shortDate(target.to)}`,
        target.region ? region(target.region) : t('filters.allRegions'),
        target.asOf ? `${t('filters.asOf')} ${fmt.shortDate(target.asOf)}` : null,
      ]
        .filter(Boolean)
        .join(' · ')
    : '';
  return (
    <Drawer
      open={target !== null}
      title={t('drill.title')}
      subtitle={
        target
          ? t('drill.subtitle', { measure: `${t(metaOf(target.kpi).label)}: ${target.label}`, scope })
          : undefined
      }
      onClose={onClose}
    >
      {target ? <DrillDownList target={target} /> : null}
    </Drawer>
  );
};

const DrillDownList = ({ target }: { target: DrillTarget }) => {
  const { t, fmt } = useI18n();
  const { rows, total, loading, error, hasMore, loadMore, loadingMore, refetch } = useDrillDown(target);
  if (error) return <ApiErrorPanel error={error} onRetry={refetch} />;
  if (loading) return <PageProgress label={t('drill.loading')} />;
  if (rows.length === 0) return <EmptyState title={t('drill.empty')} />;
  const shape = metaOf(target.kpi).shape;
  return (
    <>
      <p className="drill__total" role="status">
        {t('drill.total', { count: fmt.integer(total) })}
      </p>
      <ol className="drill__list">
        {rows.map((row) => (
          <DrillItem
            key={`${row.subject}-${row.id}`}
            row={row}
            valueText={valueText(row, target.kpi, shape, fmt, t)}
            showCounted={shape === 'rate'}
          />
        ))}
      </ol>
      {hasMore ? (
        <button type="button" className="button" onClick={loadMore} disabled={loadingMore}>
          {loadingMore ? t('drill.loading') : t('drill.more')}
        </button>
      ) : null}
    </>
  );
};

/** What a row's value means depends on the KPI: days to removal, people, money; a plain count has none. */
const valueText = (
  row: DrillRow,
  kpi: string,
  shape: ReturnType<typeof metaOf>['shape'],
  fmt: ReturnType<typeof useI18n>['fmt'],
  t: ReturnType<typeof useI18n>['t'],
): string | null => {
  if (row.value === null) return null;
  if (kpi === 'rightsRestoredPeople') return t('kpi.people', { value: fmt.integer(row.value) });
  if (shape === 'sum') return fmt.kzt(row.value);
  return shape === 'days' ? fmt.days(row.value) : null;
};

/** For a rate every row is in the denominator; `counted` says whether it is in the numerator too. */
const DrillItem = ({
  row,
  valueText,
  showCounted,
}: {
  row: DrillRow;
  valueText: string | null;
  showCounted: boolean;
}) => {
  const { t, fmt } = useI18n();
  const subject = known('drill.subject', row.subject, SUBJECTS);
  return (
    <li className={`drill__event${showCounted && !row.counted ? ' drill__event--not-counted' : ''}`}>
      <div className="drill__event-head">
        {/* The story below names the thing; its id stays at hand for an audit, not as its name. */}
        <span className="drill__type" title={row.id} data-id={row.id}>
          {subject ? t(subject) : row.subject}
        </span>
        <span className="drill__date">{fmt.date(row.date)}</span>
      </div>
      <DrillStory row={row} />
      {valueText || showCounted ? (
        <p className="drill__summary">
          {[
            valueText ? `${t('drill.value')}: ${valueText}` : null,
            showCounted ? t(row.counted ? 'drill.counted' : 'drill.notCounted') : null,
          ]
            .filter(Boolean)
            .join(' · ')}
        </p>
      ) : null}
      <table className="drill__events">
        <thead>
          <tr>
            <th scope="col">{t('drill.type')}</th>
            <th scope="col">{t('drill.occurredOn')}</th>
            <th scope="col">{t('drill.submittedBy')}</th>
            <th scope="col">{t('drill.recordedAt')}</th>
          </tr>
        </thead>
        <tbody>
          {row.events.map((event) => {
            const role = known('drill.role', event.role, ROLES);
            const channel = known('drill.channel', event.channel, CHANNELS);
            return (
              <tr key={event.eventId}>
                <td data-label={t('drill.type')}>
                  {role ? t(role) : event.type}
                  <EventNote event={event} subjectText={row.events[0]?.text ?? null} />
                </td>
                <td data-label={t('drill.occurredOn')}>
                  {event.occurredOn ? fmt.shortDate(event.occurredOn) : '—'}
                </td>
                <td className="drill__who" data-label={t('drill.submittedBy')}>
                  {/* An id that names no account (demo data, a deleted account) is said so, not shown raw. */}
                  <span title={event.submittedBy}>
                    {event.submittedByName ??
                      t(event.channel === 'seed' ? 'drill.seedAccount' : 'drill.noAccount')}
                  </span>
                  <span className="drill__via">{channel ? t(channel) : event.channel}</span>
                </td>
                <td data-label={t('drill.recordedAt')}>{fmt.dateTime(event.recordedAt)}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </li>
  );
};
