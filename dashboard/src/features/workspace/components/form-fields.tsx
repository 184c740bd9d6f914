import { type ReactNode, useState } from 'react';
import { dayPattern, formatDayText, parseDayText } from '@/lib/i18n/day-text.ts';
import { useI18n } from '@/lib/i18n/i18n.tsx';
import type { Lang } from '@/lib/i18n/lang.ts';
import { type ControlProps, Field } from './field.tsx';
import type { FormBinding, FormValues } from './use-submission.ts';
import { type VocabularyLabels, VocabularySelect } from './vocabulary-select.tsx';

/** The names of a form's fields that hold text (not lists of ids). */
type TextName<Values> = { [K in keyof Values]-?: Values[K] extends string ? K : never }[keyof Values] &
  string;

interface Props<Values extends FormValues> {
  readonly form: FormBinding<Values>;
  readonly name: TextName<Values>;
  readonly hint?: string | undefined;
  readonly required?: boolean;
}

interface BoundControl {
  readonly control: ControlProps;
  readonly value: string;
  readonly change: (value: string) => void;
}

/** A field of the form by name: its control's id is `f-<name>`, the id the error summary focuses. */
const Bound = <Values extends FormValues>({
  form,
  name,
  hint,
  required,
  control,
}: Props<Values> & { control: (props: BoundControl) => ReactNode }) => (
  <Field
    id={`f-${name}`}
    label={form.labels[name] ?? name}
    hint={hint}
    issue={form.issues[name]}
    required={required}
  >
    {(c) =>
      control({
        control: c,
        value: form.values[name] as string,
        change: (value) => form.set({ [name]: value } as Partial<Values>),
      })
    }
  </Field>
);

/** One line of text: names of organizations and processes. */
export const TextField = <Values extends FormValues>(props: Props<Values>) => (
  <Bound
    {...props}
    control={({ control, value, change }) => (
      <input {...control} value={value} maxLength={300} onChange={(e) => change(e.target.value)} />
    )}
  />
);

/**
 * A calendar day, typed as the app's language writes it (ДД.ММ.ГГГГ, MM/DD/YYYY) and kept as an
 * ISO day. Not `type="date"`: Chromium shows and reads that in the browser's language, whatever the
 * page's `lang`. Text that is no day is kept as typed, for the form to name before sending.
 */
export const DateField = <Values extends FormValues>({ hint, ...props }: Props<Values>) => {
  const { lang } = useI18n();
  const pattern = dayPattern(lang);
  return (
    <Bound
      {...props}
      hint={hint ? `${hint} (${pattern})` : pattern}
      control={({ control, value, change }) => (
        <DayInput control={control} value={value} change={change} lang={lang} pattern={pattern} />
      )}
    />
  );
};

const DayInput = ({
  control,
  value,
  change,
  lang,
  pattern,
}: BoundControl & { lang: Lang; pattern: string }) => {
  // What was typed, until the language changes; then the day is shown as the new language writes it.
  const [typed, setTyped] = useState<{ text: string; lang: Lang } | null>(null);
  const text = typed?.lang === lang ? typed.text : formatDayText(value, lang);
  return (
    <input
      {...control}
      lang={lang}
      inputMode="numeric"
      autoComplete="off"
      placeholder={pattern}
      size={12}
      maxLength={10}
      value={text}
      onChange={(e) => {
        setTyped({ text: e.target.value, lang });
        change(parseDayText(e.target.value, lang) ?? e.target.value.trim());
      }}
    />
  );
};

/** A number with decimals between `min` and `max` (an index, a share). */
export const DecimalField = <Values extends FormValues>({
  min,
  max,
  ...props
}: Props<Values> & { min: number; max: number }) => (
  <Bound
    {...props}
    control={({ control, value, change }) => (
      <input
        {...control}
        type="number"
        min={min}
        max={max}
        step="any"
        value={value}
        onChange={(e) => change(e.target.value)}
      />
    )}
  />
);

/** A whole number from `min` up. */
export const NumberField = <Values extends FormValues>({
  min,
  ...props
}: Props<Values> & { min: number }) => (
  <Bound
    {...props}
    control={({ control, value, change }) => (
      <input
        {...control}
        type="number"
        min={min}
        step={1}
        value={value}
        onChange={(e) => change(e.target.value)}
      />
    )}
  />
);

/** Free text over several lines: descriptions, reasons, the text of a recommendation. */
export const TextAreaField = <Values extends FormValues>({
  rows,
  maxLength,
  ...props
}: Props<Values> & { rows: number; maxLength: number }) => (
  <Bound
    {...props}
    control={({ control, value, change }) => (
      <textarea
        {...control}
        rows={rows}
        maxLength={maxLength}
        value={value}
        onChange={(e) => change(e.target.value)}
      />
    )}
  />
);

/** A choice from one of the methodology's vocabularies. */
export const ChoiceField = <Values extends FormValues>({
  vocabulary,
  emptyLabel,
  ...props
}: Props<Values> & { vocabulary: VocabularyLabels; emptyLabel?: string }) => (
  <Bound
    {...props}
    control={({ control, value, change }) => (
      <VocabularySelect
        control={control}
        labels={vocabulary}
        value={value}
        onChange={change}
        emptyLabel={emptyLabel}
      />
    )}
  />
);
