import type { Label } from '@kpi/schema';

export type ColumnKind = 'text' | 'date' | 'enum' | 'int' | 'number' | 'share' | 'money' | 'id' | 'id-list';

export interface Column {
  /** The machine key: the event's field, written in parentheses in the header. */
  readonly key: string;
  /** Russian header as officers read it; the file's header is `<header> (<key>)`. */
  readonly header: string;
  readonly kind: ColumnKind;
  readonly required: boolean;
  /** For enum columns: machine code and its Russian label, either accepted in a cell. */
  readonly values?: Readonly<Record<string, Label>>;
  /** What to write, in Russian. */
  readonly hint: string;
  /** The same in Kazakh and English, where the layout gives them (the template's description sheet shows them). */
  readonly hints?: { readonly kk: string; readonly en: string };
}

export const col = (
  key: string,
  header: string,
  kind: ColumnKind,
  required: boolean,
  hint: string | Label,
  values?: Column['values'],
): Column => {
  const texts = typeof hint === 'string' ? { hint } : { hint: hint.ru, hints: { kk: hint.kk, en: hint.en } };
  return values
    ? { key, header, kind, required, ...texts, values }
    : { key, header, kind, required, ...texts };
};

const DATE_HINT: Label = {
  ru: 'ГГГГ-ММ-ДД или ДД.ММ.ГГГГ; не в будущем',
  kk: 'ЖЖЖЖ-АА-КК немесе КК.АА.ЖЖЖЖ; болашақта емес',
  en: 'YYYY-MM-DD or DD.MM.YYYY; not in the future',
};

/** The business date column, under its own header. */
export const dateColumn = (header: string, hint: string | Label = DATE_HINT.ru): Column =>
  col('occurredOn', header, 'date', true, hint);
export const dateColumnIn3 = (header: string): Column => dateColumn(header, DATE_HINT);

export const districtColumn = col('district', 'Код района по КАТО', 'text', false, {
  ru: 'район или город областного значения: 9 цифр, начинается с кода КАТО региона (KZ-15: 15…); пусто — уровень региона',
  kk: 'аудан немесе облыстық маңызы бар қала: өңірдің ҚАТО кодымен басталатын 9 цифр (KZ-15: 15…); бос — өңір деңгейі',
  en: "district or city of regional significance: 9 digits beginning with the region's KATO code (KZ-15: 15…); empty: region level",
});
export const districtNameColumn = col('districtName', 'Название района', 'text', false, {
  ru: 'только рядом с кодом района',
  kk: 'тек аудан кодымен бірге',
  en: 'only beside a district code',
});

/**
 * The central body a row is submitted for. A body's officer may leave it empty (their body is
 * meant) or write their own body's code; a regional officer leaves it empty. Optional, and last, so
 * rows of the earlier template still line up.
 */
export const centralBodyColumn = col('centralBody', 'Центральный орган', 'text', false, {
  ru: 'только для сотрудника центрального органа: код своего органа (MIN-HEALTH); пусто — свой орган',
  kk: 'тек орталық орган қызметкері үшін: өз органының коды (MIN-HEALTH); бос — өз органы',
  en: "a central body's officer only: their own body's code (MIN-HEALTH); empty: their own body",
});
