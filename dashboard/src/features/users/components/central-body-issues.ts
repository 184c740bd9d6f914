import type { IssueCode } from '@/lib/graphql/enums.ts';
import type { MessageKey } from '@/lib/i18n/catalogue.ts';
import { useI18n } from '@/lib/i18n/i18n.tsx';
import type { IssueLike } from '@/lib/i18n/issues/issue-text.ts';
import { useIssueWords } from '@/lib/i18n/issues/use-issue-words.ts';

/** Codes the catalogue's forms word more closely (with an example code); the rest read as everywhere. */
const ISSUE_KEYS: Partial<Record<IssueCode, MessageKey>> = {
  taken: 'centralBodies.issue.taken',
  required: 'centralBodies.issue.tooShort',
  too_small: 'centralBodies.issue.tooShort',
  too_big: 'centralBodies.issue.tooLong',
  invalid_format: 'centralBodies.issue.format',
  reserved_prefix: 'centralBodies.issue.regionCode',
};

type Answer =
  | { readonly __typename: 'CentralBodySucceeded' }
  | { readonly __typename: 'CentralBodyValidationFailed'; readonly issues: readonly IssueLike[] }
  | { readonly __typename: 'CentralBodyConflict' | 'CentralBodyForbidden' | 'CentralBodyNotFound' };

/** What a refused change to the catalogue says at each field, in the reader's language. */
export const useCentralBodyIssues = () => {
  const { t } = useI18n();
  const words = useIssueWords();
  return (answer: Answer): Record<string, string> => {
    switch (answer.__typename) {
      case 'CentralBodySucceeded':
        return {};
      case 'CentralBodyValidationFailed':
        return Object.fromEntries(
          answer.issues.map((i) => {
            const key = ISSUE_KEYS[i.code];
            return [i.path, key ? t(key, { example: 'AG-SPORT' }) : words.issue(i)];
          }),
        );
      case 'CentralBodyConflict':
        return { code: t('centralBodies.issue.conflict') };
      default:
        return { code: t('centralBodies.issue.refused') };
    }
  };
};
