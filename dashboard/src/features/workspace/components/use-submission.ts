import type { TadaDocumentNode, VariablesOf } from 'gql.tada';
import { useState } from 'react';
import { useNavigate, useParams } from 'react-router';
import { useI18n } from '@/lib/i18n/i18n.tsx';
import type { FieldIssue } from '../model/field-issues.ts';
import { useSubject } from './forms/subject-line.tsx';
import { useCommand } from './use-command.ts';
import type { WorkRegion } from './work-region-field.tsx';
import { useWorkUnit } from './work-unit.tsx';

// biome-ignore lint/suspicious/noExplicitAny: any submission mutation; its input and answer types flow through.
type AnyDocument = TadaDocumentNode<any, any>;

/** A form's values as typed: text, dates and choices as strings, ticked ids as lists. */
export type FormValues = Record<string, string | readonly string[]>;

/**
 * What a form's command needs of the unit it is submitted for. A new record is placed: a central
 * body's form names the body and asks the region where the work sits. A correction acts on a
 * thing whose unit is already known (the server decides it against the officer's own unit), so
 * it places nothing.
 */
export interface SubmissionOptions {
  readonly places?: boolean;
}

/**
 * One submission form of the region workspace: its values, the labels of its fields (which are
 * also the fields the server's issues are matched to), the conversation with the server, and the
 * way back to the register, which says whether the record was saved or replayed. Under a central
 * body's officer (`WorkUnitProvider`) the form submits for the body, with the region where the
 * work sits picked on the form (`workRegion`) instead of read from the address.
 */
export const useSubmission = <
  Document extends AnyDocument,
  Values extends FormValues,
  Labels extends Readonly<Record<string, string>>,
>(
  document: Document,
  initial: Values,
  fieldLabels: Labels,
  { places = true }: SubmissionOptions = {},
) => {
  const { t } = useI18n();
  const { regionCode: addressRegion = '' } = useParams();
  const workUnit = useWorkUnit();
  // A correction goes back to the body's page too, but names neither the body nor a region.
  const unit = places ? workUnit : null;
  const navigate = useNavigate();
  const back = workUnit?.back ?? `/regions/${addressRegion}`;
  // A body's form names the region first, so a summary of what to correct starts there too.
  const labels: Labels = unit ? { region: t('ws.field.workRegion'), ...fieldLabels } : fieldLabels;
  const command = useCommand(document, Object.keys(labels));
  const [values, setValues] = useState(initial);
  // Opened from a row of the body's register, the record sits where the row's thing does.
  const opened = useSubject();
  const [picked, setPicked] = useState(opened?.region ?? '');
  const set = (patch: Partial<Values>) => setValues({ ...values, ...patch });
  const regionCode = unit ? picked : addressRegion;
  const placement = unit ? { region: picked, centralBody: unit.centralBody } : {};

  /** Reports the named fields left empty, at the field, and the server's word on the rest; true when any is empty. */
  const missing = (...names: (keyof Values & string)[]) =>
    command.missing(
      {
        ...(unit ? { region: picked } : {}),
        ...Object.fromEntries(names.map((name) => [name, values[name]])),
      },
      { ...values, ...placement },
    );

  /** Sends the input; on success goes back to the register, otherwise the form shows why. */
  const send = async (input: Omit<VariablesOf<Document>['input'], 'submissionId'>) => {
    const answer = await command.submit(unit ? { ...input, centralBody: unit.centralBody } : input);
    if (answer) navigate(back, { state: { flash: answer.replayed ? 'replayed' : 'saved' } });
  };

  const workRegion: WorkRegion | null = unit
    ? { value: picked, set: setPicked, label: labels.region ?? '', issue: command.issues.region }
    : null;

  return { ...command, missing, send, values, set, labels, back, regionCode, workRegion };
};

/** What a field needs of its form: the value to show, where to put a change, its label and issue. */
export interface FormBinding<Values extends FormValues> {
  readonly values: Values;
  readonly set: (patch: Partial<Values>) => void;
  readonly labels: Readonly<Record<string, string>>;
  readonly issues: Readonly<Record<string, FieldIssue>>;
}
