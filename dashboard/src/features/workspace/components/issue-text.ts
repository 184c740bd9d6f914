import { useIssueWords } from '@/lib/i18n/issues/use-issue-words.ts';
import type { FieldIssue } from '../model/field-issues.ts';

/** The issue in the interface language, worded from its code (`lib/i18n/issues`). */
export const useIssueText = () => {
  const words = useIssueWords();
  return (issue: FieldIssue): string => words.issue(issue);
};
