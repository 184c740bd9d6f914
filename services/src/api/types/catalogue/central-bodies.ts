import type { CentralBodyRecord } from '@kpi/projections';
import { CENTRAL_BODY_KINDS, type FieldIssue } from '@kpi/schema';
import { type CatalogueOutcome, centralBodiesFor } from '../../../catalogue/central-bodies.ts';
import { CATALOGUE_KEEPERS } from '../../../identity/policy.ts';
import { builder } from '../../builder.ts';
import { fieldIssueFields } from '../results/field-issue-fields.ts';

/**
 * The catalogue of central state bodies (ministries and agencies) that report beside the regions:
 * read by everyone signed in (it names the units of the leagues), added to and renamed by an
 * administrator through the command path.
 */
export const CentralBodyKindEnum = builder.enumType('CentralBodyKind', { values: CENTRAL_BODY_KINDS });

export const CentralBodyRef = builder.objectRef<CentralBodyRecord>('CentralBody').implement({
  description: 'A ministry or agency that reports as a unit, in the stream `unit-<code>`.',
  fields: (t) => ({
    code: t.exposeString('code', { description: 'Stable and latin, such as MIN-HEALTH; never KZ-...' }),
    kind: t.field({ type: CentralBodyKindEnum, resolve: (b) => b.kind }),
    nameRu: t.string({ resolve: (b) => b.name.ru }),
    nameKk: t.string({ resolve: (b) => b.name.kk }),
    nameEn: t.string({ resolve: (b) => b.name.en }),
    seeded: t.exposeBoolean('seeded', {
      description:
        'True for a body of the catalogue the product ships; false for one an administrator added.',
    }),
    revision: t.exposeInt('revision', {
      description:
        "The body's own version, to pass back as `expectedRevision` when renaming (-1: never changed).",
    }),
  }),
});

builder.queryField('centralBodies', (t) =>
  t.field({
    type: [CentralBodyRef],
    description: 'Every central state body: ministries first, then agencies, by code.',
    authScopes: { signedIn: true },
    resolve: (_root, _args, ctx) => centralBodiesFor(ctx.services).list(),
  }),
);

type Refused<K extends string> = Extract<CatalogueOutcome, { ok: false; kind: K }>;

const CatalogueFieldIssueRef = builder.objectRef<FieldIssue>('CentralBodyFieldIssue').implement({
  fields: (t) => fieldIssueFields(t, 'The input field: `code`, `kind`, `nameRu`, `nameKk` or `nameEn`.'),
});

const SucceededRef = builder.objectRef<{ body: CentralBodyRecord }>('CentralBodySucceeded').implement({
  fields: (t) => ({ body: t.field({ type: CentralBodyRef, resolve: (r) => r.body }) }),
});
const ValidationRef = builder
  .objectRef<Refused<'ValidationFailed'>>('CentralBodyValidationFailed')
  .implement({
    fields: (t) => ({
      issues: t.field({ type: [CatalogueFieldIssueRef], resolve: (r) => [...r.issues] }),
    }),
  });
const NotFoundRef = builder.objectRef<Refused<'NotFound'>>('CentralBodyNotFound').implement({
  fields: (t) => ({ code: t.exposeString('id'), message: t.exposeString('message') }),
});
const ForbiddenRef = builder.objectRef<Refused<'Forbidden'>>('CentralBodyForbidden').implement({
  fields: (t) => ({ message: t.exposeString('message') }),
});
const ConflictRef = builder.objectRef<Refused<'Conflict'>>('CentralBodyConflict').implement({
  fields: (t) => ({ message: t.exposeString('message') }),
});

type Answer = { body: CentralBodyRecord } | Exclude<CatalogueOutcome, { ok: true }>;

const CentralBodyResultRef = builder.unionType('CentralBodyResult', {
  description: 'The body as the catalogue now holds it, or why nothing was recorded.',
  types: [SucceededRef, ValidationRef, NotFoundRef, ForbiddenRef, ConflictRef],
  resolveType: (r: Answer) =>
    'body' in r
      ? SucceededRef
      : {
          ValidationFailed: ValidationRef,
          NotFound: NotFoundRef,
          Forbidden: ForbiddenRef,
          Conflict: ConflictRef,
        }[r.kind],
});

const answer = (outcome: CatalogueOutcome): Answer => (outcome.ok ? { body: outcome.body } : outcome);

const names = {
  submissionId: { required: true, description: 'Chosen by the client; a resubmission answers as the first.' },
  code: { required: true },
  nameRu: { required: true },
  nameKk: { required: true },
  nameEn: { required: true },
} as const;

const AddCentralBodyInput = builder.inputType('AddCentralBodyInput', {
  fields: (t) => ({
    submissionId: t.id(names.submissionId),
    code: t.string({
      ...names.code,
      description: 'Upper-case latin letters, digits and dashes, such as AG-SPORT.',
    }),
    kind: t.field({ type: CentralBodyKindEnum, required: true }),
    nameRu: t.string(names.nameRu),
    nameKk: t.string(names.nameKk),
    nameEn: t.string(names.nameEn),
  }),
});

const RenameCentralBodyInput = builder.inputType('RenameCentralBodyInput', {
  fields: (t) => ({
    submissionId: t.id(names.submissionId),
    code: t.string(names.code),
    nameRu: t.string(names.nameRu),
    nameKk: t.string(names.nameKk),
    nameEn: t.string(names.nameEn),
    expectedRevision: t.int({ required: false, description: 'The revision the administrator saw.' }),
  }),
});

const keepers = { role: [...CATALOGUE_KEEPERS] };

builder.mutationFields((t) => ({
  addCentralBody: t.field({
    type: CentralBodyResultRef,
    description: 'Adds a ministry or agency the catalogue lacks. Administrators only.',
    authScopes: keepers,
    args: { input: t.arg({ type: AddCentralBodyInput, required: true }) },
    resolve: async (_root, { input }, ctx) =>
      answer(
        await centralBodiesFor(ctx.services).add(
          ctx.viewer!,
          { ...input, submissionId: String(input.submissionId) },
          ctx.correlationId,
        ),
      ),
  }),
  renameCentralBody: t.field({
    type: CentralBodyResultRef,
    description:
      'Renames a central body after a reorganisation; its code and history stay. Administrators only.',
    authScopes: keepers,
    args: { input: t.arg({ type: RenameCentralBodyInput, required: true }) },
    resolve: async (_root, { input }, ctx) =>
      answer(
        await centralBodiesFor(ctx.services).rename(
          ctx.viewer!,
          { ...input, submissionId: String(input.submissionId) },
          ctx.correlationId,
        ),
      ),
  }),
}));
