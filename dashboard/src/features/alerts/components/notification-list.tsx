import { Link } from 'react-router';
import { ApiErrorPanel } from '@/components/api-error-panel.tsx';
import { EmptyState } from '@/components/empty-state.tsx';
import { PageProgress } from '@/components/page-progress.tsx';
import { TableScroll } from '@/components/table-scroll.tsx';
import { useI18n } from '@/lib/i18n/i18n.tsx';
import { useAlertNotifications } from '../api/alert-notifications-query.ts';
import { COUNTRY, kpiLabelKey } from './alert-kpis.ts';

export const KpiName = ({ kpi }: { readonly kpi: string | null }) => {
  const { t } = useI18n();
  if (kpi === null) return null;
  const key = kpiLabelKey(kpi);
  return <>{key ? t(key) : kpi}</>;
};

const figure = (value: number | null) => (value === null ? '—' : String(Math.round(value * 1000) / 1000));

type Numbers = NonNullable<
  ReturnType<typeof useAlertNotifications>['data']
>['alertNotifications'][number]['numbers'];

/** A recurrence firing: the organization, process and risk that came back; a clearing: none open. */
const RecurrenceNumbers = ({ numbers }: { readonly numbers: Numbers }) => {
  const { t, fmt } = useI18n();
  const r = numbers.recurrence;
  if (!r) return <small>{t('alerts.recurrenceCleared')}</small>;
  return (
    <small>
      {t('alerts.recurrenceLine', {
        organization: r.organization,
        process: r.process,
        risk: r.riskId,
        identifiedOn: fmt.date(r.identifiedOn),
        removedOn: fmt.date(r.removedOn),
      })}
      <br />
      {t('alerts.recurrenceCount', { actual: figure(numbers.actual), value: figure(numbers.value) })}
    </small>
  );
};

/** Firings and clearings, newest first, live: the numbers that made each, its events, its deliveries. */
export const NotificationList = () => {
  const { t, region, fmt } = useI18n();
  const { data, error, loading, refetch } = useAlertNotifications();
  return (
    <div className="card">
      <h2>{t('alerts.notifications')}</h2>
      {error ? <ApiErrorPanel error={error} onRetry={refetch} /> : null}
      {loading ? <PageProgress /> : null}
      {data && data.alertNotifications.length === 0 ? <EmptyState title={t('alerts.empty')} /> : null}
      {data && data.alertNotifications.length > 0 ? (
        <TableScroll label={t('alerts.notifications')}>
          <table>
            <thead>
              <tr>
                <th scope="col">{t('alerts.when')}</th>
                <th scope="col">{t('alerts.rule')}</th>
                <th scope="col">{t('alerts.unit')}</th>
                <th scope="col">{t('alerts.numbers')}</th>
                <th scope="col">{t('alerts.deliveries')}</th>
              </tr>
            </thead>
            <tbody>
              {data.alertNotifications.map((n) => (
                <tr key={n.id}>
                  <td>
                    <span className={`badge badge--${n.kind === 'FIRED' ? 'alert' : 'muted'}`}>
                      {t(`alerts.kind.${n.kind}`)}
                    </span>{' '}
                    {fmt.dateTime(n.recordedAt)}
                  </td>
                  <td>
                    {n.rule.name}
                    <br />
                    <small>
                      {n.rule.condition.kpi ? (
                        <>
                          <KpiName kpi={n.rule.condition.kpi} /> · {n.rule.condition.period}
                        </>
                      ) : (
                        t(`alerts.kind.${n.rule.condition.kind}`)
                      )}
                    </small>
                  </td>
                  <td>{n.unit === COUNTRY ? t('alerts.country') : region(n.unit)}</td>
                  <td>
                    {n.rule.condition.kind === 'RECURRENCE_APPEARED' ? (
                      <RecurrenceNumbers numbers={n.numbers} />
                    ) : n.rule.condition.kind === 'REGION_SILENT' ? (
                      <small>
                        {t('alerts.silentLine', {
                          actual: figure(n.numbers.actual),
                          value: figure(n.numbers.value),
                        })}
                      </small>
                    ) : n.rule.condition.kind === 'KPI_THRESHOLD' ? (
                      <small>
                        {t('alerts.thresholdLine', {
                          actual: figure(n.numbers.actual),
                          value: figure(n.numbers.value),
                        })}
                      </small>
                    ) : (
                      <>
                        {n.numbers.status ? t(`target.status.${n.numbers.status}`) : t('target.status.none')}
                        <br />
                        <small>
                          {t('alerts.numbersLine', {
                            actual: figure(n.numbers.actual),
                            heldTo: figure(n.numbers.heldTo),
                            value: figure(n.numbers.value),
                          })}
                        </small>
                      </>
                    )}
                    <br />
                    <Link to={n.link}>{t('alerts.open')}</Link>
                  </td>
                  <td>
                    {n.deliveries.length === 0 ? t('alerts.inAppOnly') : null}
                    {n.deliveries.map((d) => (
                      <div key={d.channel} title={d.lastError ?? undefined}>
                        {t(`alerts.channel.${d.channel}`)}: {t(`alerts.delivery.${d.status}`)}
                        {d.lastError && d.status !== 'SUCCEEDED' ? <small> ({d.lastError})</small> : null}
                      </div>
                    ))}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      ) : null}
    </div>
  );
};
