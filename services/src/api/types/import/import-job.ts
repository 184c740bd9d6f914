import { GraphQLError } from 'graphql';
import { IMPORTERS } from '../../../identity/policy.ts';
import type { RowIssue } from '../../../import/convert.ts';
import type { ImportJob } from '../../../import/import-jobs.ts';
import type { ImportReport } from '../../../import/run-import.ts';
import { builder } from '../../builder.ts';
import { FieldIssueCodeEnum, FieldIssueValuesRef } from '../results/field-issue-fields.ts';

const ImportPhase = builder.enumType('ImportPhase', {
  values: ['queued', 'reading', 'checking', 'writing', 'done', 'failed'] as const,
});

const ImportRowIssue = builder.objectRef<RowIssue>('ImportRowIssue').implement({
  description: 'A bad row: its line in the file (1 is the header), the column, and why.',
  fields: (t) => ({
    line: t.exposeInt('line'),
    column: t.exposeString('column', { nullable: true }),
    code: t.field({ type: FieldIssueCodeEnum, resolve: (i) => i.code }),
    values: t.field({ type: FieldIssueValuesRef, resolve: (i) => i.values ?? {} }),
    field: t.string({
      nullable: true,
      description: 'The field an issue names when it is no column of the file.',
      resolve: (i) => i.field ?? null,
    }),
    message: t.exposeString('message', {
      description: 'In English, for API clients; a user interface words `code`.',
    }),
  }),
});

const ImportReportType = builder.objectRef<ImportReport>('ImportReport').implement({
  fields: (t) => ({
    eventType: t.exposeString('eventType'),
    format: t.exposeString('format'),
    dryRun: t.exposeBoolean('dryRun'),
    totalRows: t.exposeInt('totalRows'),
    acceptedRows: t.exposeInt('acceptedRows', { description: 'Rows that would be, or were, recorded now.' }),
    alreadyImportedRows: t.exposeInt('alreadyImportedRows', {
      description: 'Rows an earlier import recorded already.',
    }),
    committed: t.exposeBoolean('committed', {
      description: 'All rows were written; a file with any bad row writes none.',
    }),
    eventsWritten: t.exposeInt('eventsWritten'),
    issueCount: t.int({ resolve: (r) => r.issues.length }),
    issues: t.field({
      type: [ImportRowIssue],
      args: { offset: t.arg.int({ defaultValue: 0 }), limit: t.arg.int({ defaultValue: 500 }) },
      resolve: (r, args) => {
        const offset = Math.max(args.offset ?? 0, 0);
        return r.issues.slice(offset, offset + Math.min(Math.max(args.limit ?? 500, 1), 5000));
      },
    }),
  }),
});

export const ImportJobType = builder.objectRef<ImportJob>('ImportJob').implement({
  description: 'A spreadsheet import running in the background; follow it until phase is done or failed.',
  fields: (t) => ({
    id: t.exposeID('id'),
    eventType: t.exposeString('eventType'),
    dryRun: t.exposeBoolean('dryRun'),
    phase: t.field({ type: ImportPhase, resolve: (j) => j.progress.phase }),
    processedRows: t.int({ resolve: (j) => j.progress.processedRows }),
    totalRows: t.int({ resolve: (j) => j.progress.totalRows }),
    report: t.field({ type: ImportReportType, nullable: true, resolve: (j) => j.report }),
    error: t.exposeString('error', { nullable: true }),
  }),
});

// Whoever may import follows their own jobs: officers their region's, the chair a year's targets.
const importers = { role: [...IMPORTERS] };

builder.queryField('importJob', (t) =>
  t.field({
    type: ImportJobType,
    nullable: true,
    description: 'An import the caller started (POST /import answers its id); null for anyone else.',
    authScopes: importers,
    args: { id: t.arg.id({ required: true }) },
    resolve: (_root, args, context) =>
      context.services.imports?.get(String(args.id), context.viewer!.userId) ?? null,
  }),
);

builder.subscriptionField('importJobProgress', (t) =>
  t.field({
    type: ImportJobType,
    description: 'The import job now, then at every step until it finishes.',
    authScopes: importers,
    args: { id: t.arg.id({ required: true }) },
    subscribe: (_root, args, context) => {
      const job = context.services.imports?.get(String(args.id), context.viewer!.userId);
      // Another officer's job answers as one that does not exist: a stream has no null to send.
      if (!job) throw new GraphQLError('no such import job', { extensions: { code: 'NOT_FOUND' } });
      return context.services.imports!.follow(job);
    },
    resolve: (job) => job,
  }),
);
