import { en } from './messages/en.ts';
import { kk } from './messages/kk.ts';
import { ru } from './messages/ru.ts';

/**
 * Every language's catalogue, for the checks that compare them. The app itself loads only the
 * reader's language (`catalogues.ts`): each is about 40 KB of text the first screen waits for.
 */
export { en, kk, ru };
export const CATALOGUES = { ru, kk, en };

declare module '@/lib/i18n/catalogue.ts' {
  interface Register {
    readonly messages: typeof ru;
  }
}
