import type { MessageKey } from '@/lib/i18n/catalogue.ts';
import { useI18n } from '@/lib/i18n/i18n.tsx';
import { type FieldIssue, readIssue } from '../model/field-issues.ts';

/** The server's issue in the interface language; an unknown one keeps the server's words. */
export const useIssueText = () => {
  const { t, fmt } = useI18n();
  return (issue: FieldIssue): string => {
    const read = readIssue(issue);
    if (read.code === 'invalid') return `${t('ws.issue.invalid')} ${read.server}`;
    return t(`ws.issue.${read.code}` as MessageKey, { date: read.date ? fmt.date(read.date) : '' });
  };
};
