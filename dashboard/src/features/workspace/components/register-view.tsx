import { Link } from 'react-router';
import { ApiErrorPanel } from '@/components/api-error-panel.tsx';
import { EmptyState } from '@/components/empty-state.tsx';
import { PageProgress } from '@/components/page-progress.tsx';
import { useI18n } from '@/lib/i18n/i18n.tsx';
import { kpiRefusalKey } from '@/lib/i18n/refusal-keys.ts';
import type { RegisterState } from '../api/use-region-register.ts';
import { almatyToday } from '../model/region-code.ts';

const daysFrom = (from: string, to: string) => Math.round((Date.parse(to) - Date.parse(from)) / 86_400_000);

/**
 * A unit's open risks and its recommendations coming due, each with its actions: a region's, or a
 * central body's (whose rows also say the region where each risk sits).
 */
export const RegisterView = ({ register, base }: { register: RegisterState; base: string }) => {
  const { t, fmt, sphere, cause, region } = useI18n();
  const today = almatyToday();
  if (register.error) return <ApiErrorPanel error={register.error} onRetry={register.refetch} />;
  if (register.refusal)
    return (
      <p className="form-error">
        {register.refusal.code === 'ACCESS_DENIED' ? t('ws.forbidden') : t(kpiRefusalKey(register.refusal))}
      </p>
    );
  if (!register.risks || !register.recommendations) return <PageProgress />;
  return (
    <div className="register">
      <section className="card" aria-labelledby="open-risks">
        <h2 id="open-risks">{t('ws.register.risks')}</h2>
        <p className="section-lead">{t('ws.register.risks.lead')}</p>
        {register.risks.length === 0 ? (
          <EmptyState title={t('ws.register.risks.empty')} />
        ) : (
          <table className="register__table">
            <thead>
              <tr>
                <th scope="col">{t('ws.field.organization')}</th>
                <th scope="col">{t('ws.field.sphere')}</th>
                <th scope="col">{t('ws.register.identifiedOn')}</th>
                <th scope="col" className="num">
                  {t('ws.register.age')}
                </th>
                <th scope="col">{t('ws.actions')}</th>
              </tr>
            </thead>
            <tbody>
              {register.risks.map((risk) => {
                const subject = {
                  organization: risk.organization,
                  process: risk.process,
                  revision: risk.revision,
                  region: risk.region,
                };
                return (
                  <tr key={risk.riskId}>
                    <th scope="row">
                      <span className="register__org">{risk.organization}</span>
                      <span className="register__sub">{risk.process}</span>
                      {risk.region ? <span className="register__sub">{region(risk.region)}</span> : null}
                    </th>
                    <td data-label={t('ws.field.sphere')}>
                      {sphere(risk.sphere)}
                      <span className="register__sub">{cause(risk.causeCategory)}</span>
                    </td>
                    <td data-label={t('ws.register.identifiedOn')}>{fmt.shortDate(risk.identifiedOn)}</td>
                    <td className="num" data-label={t('ws.register.age')}>
                      {t('ws.register.days', { days: daysFrom(risk.identifiedOn, today) })}
                    </td>
                    <td className="register__actions">
                      <Link
                        className="button button--small"
                        to={`${base}/risks/${risk.riskId}/recommend`}
                        state={{ subject }}
                      >
                        {t('ws.action.recommend')}
                      </Link>
                      <Link
                        className="button button--small"
                        to={`${base}/transformations/new?risk=${risk.riskId}`}
                        state={{ subject }}
                      >
                        {t('ws.action.transform')}
                      </Link>
                      <details className="row-menu">
                        <summary className="button button--small">{t('ws.action.correct')}</summary>
                        <div className="row-menu__items">
                          <Link
                            className="button button--small"
                            to={`${base}/risks/${risk.riskId}/reclassify`}
                            state={{ subject }}
                          >
                            {t('ws.action.reclassify')}
                          </Link>
                          <Link
                            className="button button--small"
                            to={`${base}/risks/${risk.riskId}/withdraw`}
                            state={{ subject }}
                          >
                            {t('ws.action.withdraw')}
                          </Link>
                        </div>
                      </details>
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        )}
      </section>
      <section className="card" aria-labelledby="due-recommendations">
        <h2 id="due-recommendations">{t('ws.register.recommendations')}</h2>
        <p className="section-lead">{t('ws.register.recommendations.lead')}</p>
        {register.recommendations.length === 0 ? (
          <EmptyState title={t('ws.register.recommendations.empty')} />
        ) : (
          <table className="register__table">
            <thead>
              <tr>
                <th scope="col">{t('ws.field.organization')}</th>
                <th scope="col">{t('ws.register.due')}</th>
                <th scope="col">{t('ws.actions')}</th>
              </tr>
            </thead>
            <tbody>
              {register.recommendations.map((r) => {
                const late = daysFrom(r.dueOn, today);
                const subject = {
                  organization: r.organization,
                  text: r.text,
                  revision: r.revision,
                  date: r.dueOn,
                  region: r.region,
                };
                return (
                  <tr key={r.recommendationId} className={late > 0 ? 'register__row--overdue' : undefined}>
                    <th scope="row">
                      <span className="register__org">
                        {r.organization === '—'
                          ? t('ws.register.recommendationFor', { id: r.riskId.slice(0, 8) })
                          : r.organization}
                      </span>
                      <span className="register__sub">
                        {r.text} · {t('ws.register.issuedOn', { date: fmt.shortDate(r.issuedOn) })}
                      </span>
                    </th>
                    <td data-label={t('ws.register.due')}>
                      {fmt.shortDate(r.dueOn)}
                      <span className={late > 0 ? 'badge badge--danger' : 'badge'}>
                        {late > 0
                          ? t('ws.register.overdue', { days: late })
                          : t('ws.register.dueIn', { days: -late })}
                      </span>
                    </td>
                    <td className="register__actions">
                      <Link
                        className="button button--small"
                        to={`${base}/transformations/new?risk=${r.riskId}`}
                        state={{ subject }}
                      >
                        {t('ws.action.transform')}
                      </Link>
                      <Link
                        className="button button--small"
                        to={`${base}/recommendations/${r.recommendationId}/move`}
                        state={{ subject }}
                      >
                        {t('ws.action.moveDue')}
                      </Link>
                      <Link
                        className="button button--small"
                        to={`${base}/recommendations/${r.recommendationId}/reject`}
                        state={{ subject }}
                      >
                        {t('ws.action.reject')}
                      </Link>
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        )}
      </section>
    </div>
  );
};
