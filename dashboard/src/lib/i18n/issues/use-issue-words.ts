import { useI18n } from '../i18n.tsx';
import { type IssueLike, wordAccountRefusal, wordIssue, wordRefusal } from './issue-text.ts';

/** The server's issues and refusals in the reader's language, for any form. */
export const useIssueWords = () => {
  const { lang, fmt } = useI18n();
  return {
    issue: (issue: IssueLike, field?: string) => wordIssue(lang, issue, fmt.date, field),
    refusal: (typename: string) => wordRefusal(lang, typename),
    accountRefusal: (code: string) => wordAccountRefusal(lang, code),
  };
};
