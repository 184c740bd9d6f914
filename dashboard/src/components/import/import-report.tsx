import { useI18n } from '@/lib/i18n/i18n.tsx';
import { useIssueWords } from '@/lib/i18n/issues/use-issue-words.ts';
import type { ImportJob } from './import-job-query.ts';

type Report = NonNullable<ImportJob['report']>;

/** The checked file: every bad row by line and column, or how much would be (or was) written. */
export const ImportReportView = ({ report }: { report: Report }) => {
  const { t } = useI18n();
  const words = useIssueWords();
  if (report.committed) {
    return (
      <p className="notice notice--success" role="status">
        {t('import.committed', { count: report.eventsWritten })}
      </p>
    );
  }
  if (report.issueCount === 0) {
    return (
      <p className="notice notice--success" role="status">
        {t('import.ok', { accepted: report.acceptedRows, already: report.alreadyImportedRows })}
      </p>
    );
  }
  return (
    <div className="import__report">
      <p className="form-error" role="alert">
        {t('import.bad', { count: report.issueCount })}
      </p>
      <table>
        <thead>
          <tr>
            <th scope="col" className="num">
              {t('import.line')}
            </th>
            <th scope="col">{t('import.column')}</th>
            <th scope="col">{t('import.problem')}</th>
          </tr>
        </thead>
        <tbody>
          {report.issues.map((issue, index) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: one line may hold the same code twice; the report never reorders
            <tr key={`${issue.line}:${issue.column ?? ''}:${issue.code}:${index}`}>
              <td className="num">{issue.line}</td>
              <td>
                <code>{issue.column ?? issue.field ?? '—'}</code>
              </td>
              <td>
                {words.issue({
                  path: issue.field ?? issue.column ?? '',
                  code: issue.code,
                  values: issue.values,
                })}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
};
