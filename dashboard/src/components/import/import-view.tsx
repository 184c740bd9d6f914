import { useState } from 'react';
import { ApiErrorPanel } from '@/components/api-error-panel.tsx';
import { PageProgress } from '@/components/page-progress.tsx';
import type { MessageKey } from '@/lib/i18n/catalogue.ts';
import { useI18n } from '@/lib/i18n/i18n.tsx';
import { importHintKey } from './import-hint.ts';
import { ImportReportView } from './import-report.tsx';
import { useImportTemplates } from './import-templates-query.ts';
import { useImportJob } from './use-import-job.ts';
import './import.css';

/** Template download, a dry run reported by line and column, progress, then the commit. */
export const ImportView = () => {
  const { t, lang } = useI18n();
  const templates = useImportTemplates(lang);
  const [eventType, setEventType] = useState('RiskIdentified');
  const [file, setFile] = useState<File | null>(null);
  const job = useImportJob();
  if (templates.error) return <ApiErrorPanel error={templates.error} onRetry={templates.refetch} />;
  if (!templates.data) return <PageProgress />;
  const list = templates.data.importTemplates;
  const template = list.find((x) => x.eventType === eventType) ?? list[0];
  const hintOf = (column: { key: string; required: boolean; hint: string }) => {
    const key = template ? importHintKey(template.eventType, column) : null;
    return key ? t(key) : column.hint;
  };
  const current = job.job;
  const checked = current?.phase === 'done' && current.dryRun ? current.report : null;
  const canCommit =
    checked !== null && checked !== undefined && checked.issueCount === 0 && checked.acceptedRows > 0;
  return (
    <section className="card import" aria-labelledby="import-title">
      <h2 id="import-title">{t('import.title')}</h2>
      <p className="section-lead">{t('import.lead')}</p>
      <div className="import__setup">
        <div className="field">
          <label htmlFor="import-type">{t('import.type')}</label>
          <select
            id="import-type"
            value={template?.eventType ?? ''}
            onChange={(e) => {
              setEventType(e.target.value);
              job.reset();
            }}
          >
            {list.map((x) => (
              <option key={x.eventType} value={x.eventType}>
                {t(`import.type.${x.eventType}` as MessageKey)}
              </option>
            ))}
          </select>
        </div>
        {template ? (
          <div className="import__templates">
            <span className="field__label">{t('import.template')}</span>
            <a className="button button--small" href={template.xlsxUrl} download>
              {t('import.templateXlsx')}
            </a>
            <a className="button button--small" href={template.csvUrl} download>
              {t('import.templateCsv')}
            </a>
          </div>
        ) : null}
      </div>
      {template ? (
        <details className="import__columns">
          <summary>{t('import.columns')}</summary>
          <ul>
            {template.columns.map((c) => (
              <li key={c.key}>
                <code>{c.header}</code>
                {c.required ? <span className="field__required"> *</span> : null} — {hintOf(c)}
              </li>
            ))}
          </ul>
        </details>
      ) : null}
      <form
        className="import__upload"
        onSubmit={(e) => {
          e.preventDefault();
          if (file && template) void job.run(file, template.eventType, false);
        }}
      >
        <div className="field">
          <label htmlFor="import-file">{t('import.file')}</label>
          <input
            id="import-file"
            type="file"
            accept=".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
            onChange={(e) => {
              setFile(e.target.files?.[0] ?? null);
              job.reset();
            }}
          />
        </div>
        <button type="submit" className="button button--primary" disabled={!file || job.running}>
          {t('import.check')}
        </button>
      </form>
      <div aria-live="polite">
        {!file && !current ? <p className="field__hint">{t('import.noFile')}</p> : null}
        {current && current.phase !== 'done' && current.phase !== 'failed' ? (
          <div className="import__progress" role="status">
            <p>
              {t(`import.phase.${current.phase}` as MessageKey)} ·{' '}
              {t('import.progress', { done: current.processedRows, total: current.totalRows })}
            </p>
            <progress max={Math.max(current.totalRows, 1)} value={current.processedRows} />
          </div>
        ) : null}
        {current?.phase === 'failed' ? (
          <p className="form-error" role="alert">
            {t('import.failed', { error: current.error ?? '' })}
          </p>
        ) : null}
        {current?.phase === 'done' && current.report ? <ImportReportView report={current.report} /> : null}
      </div>
      {job.error ? <ApiErrorPanel error={job.error} /> : null}
      {canCommit && file && template ? (
        <button
          type="button"
          className="button button--primary"
          disabled={job.running}
          onClick={() => void job.run(file, template.eventType, true)}
        >
          {t('import.commit', { count: checked.acceptedRows })}
        </button>
      ) : null}
    </section>
  );
};
