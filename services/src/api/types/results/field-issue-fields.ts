import { type FieldIssue, ISSUE_CODES, type IssueValues } from '@kpi/schema';
import { type ApiSchemaTypes, builder } from '../../builder.ts';

/** The registry of field-issue codes (`schema/src/issue-codes.ts`), published so clients word every one. */
export const FieldIssueCodeEnum = builder.enumType('FieldIssueCode', {
  description:
    'What is wrong with a field or an imported row: a client shows its own words for each code, with the values the issue names.',
  values: ISSUE_CODES,
});

export const FieldIssueValuesRef = builder.objectRef<IssueValues>('FieldIssueValues').implement({
  description: 'The values an issue names, to put into a client’s own words.',
  fields: (t) => ({
    date: t.string({
      nullable: true,
      description: 'A calendar day (YYYY-MM-DD) the rule compared with.',
      resolve: (v) => v.date ?? null,
    }),
    limit: t.string({
      nullable: true,
      description: 'A bound: a length, a count or a value.',
      resolve: (v) => v.limit ?? null,
    }),
    id: t.string({
      nullable: true,
      description: 'The id of a record the issue names.',
      resolve: (v) => v.id ?? null,
    }),
    count: t.string({ nullable: true, description: 'A number of rows.', resolve: (v) => v.count ?? null }),
  }),
});

type IssueFieldBuilder = PothosSchemaTypes.ObjectFieldBuilder<
  PothosSchemaTypes.ExtendDefaultTypes<ApiSchemaTypes>,
  FieldIssue
>;

/** `path`, `code`, `values` and the English `message` (kept for API clients), shared by every kind of field issue. */
export const fieldIssueFields = (t: IssueFieldBuilder, pathDescription: string) => ({
  path: t.exposeString('path', { description: pathDescription }),
  code: t.field({ type: FieldIssueCodeEnum, resolve: (i) => i.code }),
  values: t.field({ type: FieldIssueValuesRef, resolve: (i) => i.values ?? {} }),
  message: t.exposeString('message', {
    description: 'In English, for API clients; a user interface words `code`.',
  }),
});
