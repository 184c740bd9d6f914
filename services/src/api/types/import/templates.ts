import { canImport, IMPORTERS } from '../../../identity/policy.ts';
import { isReaderLanguage, type ReaderLanguage } from '../../../identity/reader-language.ts';
import {
  type Column,
  headerOf,
  hintIn,
  IMPORT_EVENT_TYPES,
  IMPORT_LAYOUTS,
  IMPORT_TITLES,
  type ImportEventType,
  importScopeOf,
} from '../../../import/columns.ts';
import { builder } from '../../builder.ts';

/** A `lang` argument as a reader language; Russian, the layouts' own, when absent or unknown. */
const langOf = (lang: string | null | undefined): ReaderLanguage => (isReaderLanguage(lang) ? lang : 'ru');

const ImportColumn = builder.objectRef<Column>('ImportColumn').implement({
  fields: (t) => ({
    key: t.exposeString('key', { description: 'The machine key, in parentheses in the header.' }),
    header: t.string({
      description:
        'The header as a template in `lang` carries it: `Организация (organization)`, `Organization (organization)`. The import reads a header in any of ru, kk, en.',
      args: { lang: t.arg.string({ description: 'ru (the default), kk or en.' }) },
      resolve: (c, args) => headerOf(c, langOf(args.lang)),
    }),
    required: t.exposeBoolean('required'),
    format: t.exposeString('kind', {
      description: 'text, date, enum, int, number, share (a fraction or a percentage), money, id or id-list.',
    }),
    hint: t.string({
      description: 'What to write, in `lang`.',
      args: { lang: t.arg.string({ description: 'ru (the default), kk or en.' }) },
      resolve: (c, args) => hintIn(c, langOf(args.lang)),
    }),
    hintKk: t.string({
      nullable: true,
      description: 'The same in Kazakh (kept beside `hint(lang: "kk")` for older clients).',
      resolve: (c) => hintIn(c, 'kk'),
    }),
    hintEn: t.string({
      nullable: true,
      description: 'The same in English (kept beside `hint(lang: "en")` for older clients).',
      resolve: (c) => hintIn(c, 'en'),
    }),
    allowedValues: t.stringList({
      description: 'For enum columns: the codes (their Russian labels are accepted too).',
      resolve: (c) => Object.keys(c.values ?? {}),
    }),
  }),
});

const ImportTemplate = builder.objectRef<ImportEventType>('ImportTemplate').implement({
  description: 'One event type an officer can import, its column layout and its template files.',
  fields: (t) => ({
    eventType: t.string({ resolve: (type) => type }),
    title: t.string({ resolve: (type) => IMPORT_TITLES[type] }),
    csvUrl: t.string({
      description: 'The CSV template, its header in `lang` (absent: the browser’s language, else Russian).',
      args: { lang: t.arg.string() },
      resolve: (type, args) =>
        `/import/templates/${type}.csv${isReaderLanguage(args.lang) ? `?lang=${args.lang}` : ''}`,
    }),
    xlsxUrl: t.string({
      description: 'The XLSX template, its sheets, header and descriptions in `lang`.',
      args: { lang: t.arg.string() },
      resolve: (type, args) =>
        `/import/templates/${type}.xlsx${isReaderLanguage(args.lang) ? `?lang=${args.lang}` : ''}`,
    }),
    columns: t.field({ type: [ImportColumn], resolve: (type) => [...IMPORT_LAYOUTS[type]] }),
  }),
});

builder.queryField('importTemplates', (t) =>
  t.field({
    type: [ImportTemplate],
    description:
      'The spreadsheet layouts the caller may import and where to download their templates: an officer’s unit’s records (a region’s, or a central body’s), the chair’s targets.',
    authScopes: { role: [...IMPORTERS] },
    resolve: (_root, _args, ctx) =>
      IMPORT_EVENT_TYPES.filter((type) => canImport(ctx.viewer, importScopeOf(type))),
  }),
);
