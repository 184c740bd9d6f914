import { useState } from 'react';
import { ApiErrorPanel } from '@/components/api-error-panel.tsx';
import { EmptyState } from '@/components/empty-state.tsx';
import { useMutation } from '@/lib/graphql/use-mutation.ts';
import { useI18n } from '@/lib/i18n/i18n.tsx';
import { useIssueWords } from '@/lib/i18n/issues/use-issue-words.ts';
import {
  DeleteAlertRuleMutation,
  MuteAlertRuleMutation,
  UnmuteAlertRuleMutation,
  type useAlertRules,
} from '../api/alert-rules.ts';
import { COUNTRY } from './alert-kpis.ts';
import { KpiName } from './notification-list.tsx';

type Rules = ReturnType<typeof useAlertRules>;

/** The shared rules, each muted, unmuted or deleted with the revision shown (a stale one is a conflict). */
export const RuleList = ({ rules }: { readonly rules: Rules }) => {
  const { t, region } = useI18n();
  const words = useIssueWords();
  const mute = useMutation(MuteAlertRuleMutation);
  const unmute = useMutation(UnmuteAlertRuleMutation);
  const remove = useMutation(DeleteAlertRuleMutation);
  const [note, setNote] = useState<string | null>(null);
  const act = async (
    run: typeof mute.run | typeof unmute.run | typeof remove.run,
    rule: { id: string; revision: number },
  ) => {
    const answer = Object.values(
      await run({
        input: { submissionId: crypto.randomUUID(), ruleId: rule.id, expectedRevision: rule.revision },
      }),
    )[0] as { __typename: string };
    setNote(answer.__typename === 'AlertRuleSucceeded' ? null : words.refusal(answer.__typename));
    rules.refetch();
  };
  const list = rules.data?.alertRules ?? [];
  return (
    <div className="card">
      <h2>{t('alerts.rules')}</h2>
      {rules.error ? <ApiErrorPanel error={rules.error} onRetry={rules.refetch} /> : null}
      {rules.data && list.length === 0 ? <EmptyState title={t('alerts.noRules')} /> : null}
      <ul className="alert-rules">
        {list.map((rule) => (
          <li key={rule.id}>
            <strong>{rule.name}</strong>{' '}
            {rule.muted ? <span className="badge">{t('alerts.muted')}</span> : null}
            <br />
            <small>
              {rule.condition.kpi ? (
                <>
                  <KpiName kpi={rule.condition.kpi} /> ·{' '}
                </>
              ) : null}
              {rule.condition.unit === COUNTRY ? t('alerts.country') : region(rule.condition.unit)} ·{' '}
              {rule.condition.period ? `${rule.condition.period} · ` : null}
              {rule.condition.kind === 'REGION_SILENT'
                ? t('alerts.silentRule', { days: String(rule.condition.days) })
                : rule.condition.kind === 'RECURRENCE_APPEARED'
                  ? t('alerts.recurrenceRule')
                  : rule.condition.kind === 'KPI_THRESHOLD' && rule.condition.direction
                    ? `${t(`alerts.direction.${rule.condition.direction}`)} ${rule.condition.threshold}`
                    : rule.condition.statuses.map((s) => t(`target.status.${s}`)).join(', ')}
            </small>
            <div className="alert-rules__actions">
              <button
                type="button"
                className="button button--small"
                onClick={() => act(rule.muted ? unmute.run : mute.run, rule)}
              >
                {rule.muted ? t('alerts.unmute') : t('alerts.mute')}
              </button>
              <button type="button" className="button button--small" onClick={() => act(remove.run, rule)}>
                {t('alerts.delete')}
              </button>
            </div>
          </li>
        ))}
      </ul>
      {note ? <p role="alert">{note}</p> : null}
    </div>
  );
};
