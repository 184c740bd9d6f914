import type { Lang } from './lang.ts';

/**
 * The app's whole message catalogue is put together above the features (`app/messages.ts`), which
 * registers its type here by declaration merging. So `t` checks every key, features' included,
 * while nothing under `lib/` imports a feature.
 */
// biome-ignore lint/suspicious/noEmptyInterface: filled by declaration merging in app/messages.ts
export interface Register {}

export type MessageKey = Register extends { readonly messages: infer M } ? keyof M & string : string;
export type Messages = Record<MessageKey, string>;
export type Catalogues = Record<Lang, Messages>;
