import { canImport, IMPORTERS } from '../../../identity/policy.ts';
import {
  type Column,
  headerOf,
  IMPORT_EVENT_TYPES,
  IMPORT_LAYOUTS,
  IMPORT_TITLES,
  type ImportEventType,
  importScopeOf,
} from '../../../import/columns.ts';
import { builder } from '../../builder.ts';

const ImportColumn = builder.objectRef<Column>('ImportColumn').implement({
  fields: (t) => ({
    key: t.exposeString('key', { description: 'The machine key, in parentheses in the header.' }),
    header: t.string({
      description: 'The header as the file carries it: `Организация (organization)`.',
      resolve: (c) => headerOf(c),
    }),
    required: t.exposeBoolean('required'),
    format: t.exposeString('kind', {
      description: 'text, date, enum, int, number, share (a fraction or a percentage), money, id or id-list.',
    }),
    hint: t.exposeString('hint', { description: 'What to write, in Russian.' }),
    hintKk: t.string({
      nullable: true,
      description: 'The same in Kazakh, where the layout gives it.',
      resolve: (c) => c.hints?.kk ?? null,
    }),
    hintEn: t.string({
      nullable: true,
      description: 'The same in English, where the layout gives it.',
      resolve: (c) => c.hints?.en ?? null,
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
    csvUrl: t.string({ resolve: (type) => `/import/templates/${type}.csv` }),
    xlsxUrl: t.string({ resolve: (type) => `/import/templates/${type}.xlsx` }),
    columns: t.field({ type: [ImportColumn], resolve: (type) => [...IMPORT_LAYOUTS[type]] }),
  }),
});

builder.queryField('importTemplates', (t) =>
  t.field({
    type: [ImportTemplate],
    description:
      'The spreadsheet layouts the caller may import and where to download their templates: a regional officer’s region’s records, the chair’s targets.',
    authScopes: { role: [...IMPORTERS] },
    resolve: (_root, _args, ctx) =>
      IMPORT_EVENT_TYPES.filter((type) => canImport(ctx.viewer, importScopeOf(type))),
  }),
);
