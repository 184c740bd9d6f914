import { type FragmentOf, readFragment } from 'gql.tada';
import { useEffect, useState } from 'react';
import { useNavigate } from 'react-router';
import { ApiErrorPanel } from '@/components/api-error-panel.tsx';
import { useSubmissionId } from '@/lib/graphql/use-submission-id.ts';
import { useI18n } from '@/lib/i18n/i18n.tsx';
import { useIssueWords } from '@/lib/i18n/issues/use-issue-words.ts';
import { ChartResultFields } from '../api/chart-result-fields.ts';
import { useSaveChart } from '../api/save-chart-mutation.ts';
import type { SavedChart } from '../api/saved-chart-fields.ts';
import { SavedChartFields } from '../api/saved-chart-fields.ts';
import { useUpdateChart } from '../api/update-chart-mutation.ts';
import { type ChartSpec, sameSpec, specOfSaved } from '../model/spec.ts';
import { ShareLink } from './share-link.tsx';

interface Props {
  readonly spec: ChartSpec;
  readonly saved: SavedChart | null;
  /** Field messages from the server (`name`, `spec.measures`, ...), shown where the field is. */
  readonly onIssues: (issues: Record<string, string>) => void;
  readonly issues: Record<string, string>;
  /** Arrived here right after saving: say so, with the link to share. */
  readonly justSaved?: boolean;
}

type Notice = { kind: 'saved'; name: string; id: string } | { kind: 'refused'; message: string } | null;

/** Names and saves the chart: a new one, changes to one's own, or a copy of a colleague's. */
export const SavePanel = ({ spec, saved, onIssues, issues, justSaved = false }: Props) => {
  const { t } = useI18n();
  const words = useIssueWords();
  const navigate = useNavigate();
  const [name, setName] = useState(saved?.name ?? '');
  const [notice, setNotice] = useState<Notice>(
    saved && justSaved ? { kind: 'saved', name: saved.name, id: saved.id } : null,
  );
  const save = useSaveChart();
  const update = useUpdateChart();
  const submission = useSubmissionId();
  const running = save.running || update.running;
  const changed = saved ? !sameSpec(spec, specOfSaved(saved)) || name.trim() !== saved.name : true;

  // A different chart or name is a different submission; a retry of the same one is not.
  // biome-ignore lint/correctness/useExhaustiveDependencies: the id follows the content being saved.
  useEffect(() => submission.renew(), [JSON.stringify(spec), name, saved?.id]);
  useEffect(() => setName(saved?.name ?? ''), [saved?.name]);

  const answer = (result: FragmentOf<typeof ChartResultFields>) => {
    const r = readFragment(ChartResultFields, result);
    switch (r.__typename) {
      case 'ChartSucceeded': {
        const chart = readFragment(SavedChartFields, r.chart);
        onIssues({});
        setNotice({ kind: 'saved', name: chart.name, id: chart.id });
        navigate(`/charts/c/${chart.id}`, { replace: saved?.id === chart.id, state: { justSaved: true } });
        return;
      }
      case 'ChartValidationFailed':
        onIssues(Object.fromEntries(r.issues.map((i) => [i.path, words.issue(i)])));
        setNotice(null);
        return;
      case 'ChartConflict':
        setNotice({ kind: 'refused', message: t('charts.conflict') });
        return;
      case 'ChartNotFound':
        setNotice({ kind: 'refused', message: t('charts.notFound') });
        return;
      case 'ChartForbidden':
        setNotice({ kind: 'refused', message: t('charts.forbidden') });
        return;
    }
  };

  const saveNew = async () => {
    const data = await save
      .run({ input: { submissionId: submission.current(), name, spec } })
      .catch(() => null);
    if (data) answer(data.saveChart);
  };
  const saveChanges = async () => {
    if (!saved) return;
    const input = {
      submissionId: submission.current(),
      chartId: saved.id,
      name,
      spec,
      expectedRevision: saved.revision,
    };
    const data = await update.run({ input }).catch(() => null);
    if (data) answer(data.updateChart);
  };

  return (
    <form
      className="save-panel"
      onSubmit={(e) => {
        e.preventDefault();
        void (saved?.ownedByMe ? saveChanges() : saveNew());
      }}
    >
      <div className="field save-panel__name">
        <label htmlFor="chart-name">{t('charts.name')}</label>
        <input
          id="chart-name"
          value={name}
          maxLength={200}
          placeholder={t('charts.name.placeholder')}
          aria-invalid={issues.name ? true : undefined}
          aria-describedby={issues.name ? 'chart-name-error' : undefined}
          onChange={(e) => setName(e.target.value)}
        />
        {issues.name ? (
          <p id="chart-name-error" className="field__error">
            {issues.name}
          </p>
        ) : null}
      </div>
      <div className="save-panel__actions">
        {saved?.ownedByMe ? (
          <>
            <button type="submit" className="button button--primary" disabled={running || !changed}>
              {running ? t('charts.saving') : t('charts.saveChanges')}
            </button>
            <button type="button" className="button" disabled={running} onClick={() => void saveNew()}>
              {t('charts.saveAs')}
            </button>
          </>
        ) : (
          <button type="submit" className="button button--primary" disabled={running}>
            {running ? t('charts.saving') : saved ? t('charts.saveAs') : t('charts.save')}
          </button>
        )}
      </div>
      <div aria-live="polite" className="save-panel__notice">
        {notice?.kind === 'saved' ? (
          <div className="notice notice--success">
            <p>{t('charts.saved', { name: notice.name })}</p>
            <ShareLink chartId={notice.id} />
          </div>
        ) : null}
        {notice?.kind === 'refused' ? <p className="form-error">{notice.message}</p> : null}
      </div>
      {save.error ? <ApiErrorPanel error={save.error} onRetry={() => void saveNew()} /> : null}
      {update.error ? <ApiErrorPanel error={update.error} onRetry={() => void saveChanges()} /> : null}
    </form>
  );
};
