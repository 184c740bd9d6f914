import type { MessageKey } from '@/lib/i18n/catalogue.ts';
import { useI18n } from '@/lib/i18n/i18n.tsx';

/** Refusal codes the server gives for a body's fields, as the forms word them; others show the server's words. */
const ISSUE_KEYS: Record<string, MessageKey> = {
  taken: 'centralBodies.issue.taken',
  too_small: 'centralBodies.issue.tooShort',
  too_big: 'centralBodies.issue.tooLong',
  invalid_format: 'centralBodies.issue.format',
  custom: 'centralBodies.issue.regionCode',
};

type Answer =
  | { readonly __typename: 'CentralBodySucceeded' }
  | {
      readonly __typename: 'CentralBodyValidationFailed';
      readonly issues: readonly { path: string; code: string; message: string }[];
    }
  | { readonly __typename: 'CentralBodyConflict' | 'CentralBodyForbidden' | 'CentralBodyNotFound' };

/** What a refused change to the catalogue says at each field, in the reader's language. */
export const useCentralBodyIssues = () => {
  const { t } = useI18n();
  return (answer: Answer): Record<string, string> => {
    switch (answer.__typename) {
      case 'CentralBodySucceeded':
        return {};
      case 'CentralBodyValidationFailed':
        return Object.fromEntries(
          answer.issues.map((i) => {
            const key = ISSUE_KEYS[i.code];
            return [
              i.path,
              key ? t(key, { example: 'AG-SPORT' }) : `${t('centralBodies.issue.invalid')} ${i.message}`,
            ];
          }),
        );
      case 'CentralBodyConflict':
        return { code: t('centralBodies.issue.conflict') };
      default:
        return { code: t('centralBodies.issue.refused') };
    }
  };
};
