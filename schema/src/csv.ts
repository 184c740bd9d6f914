/**
 * The one rule for a cell of every CSV the product exports (the dashboard's chart data, the
 * import templates). It lives here and depends on nothing, so the server imports it and the
 * dashboard (which takes nothing but the API contract) keeps a generated copy a test holds equal.
 */

/**
 * A spreadsheet reads a text cell starting with one of these as a formula (`=HYPERLINK(...)`,
 * `+cmd|...`, `@SUM(...)`; a tab or carriage return lets the same payload hide behind whitespace).
 */
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * Text that a spreadsheet shows as typed and never evaluates: a leading single quote tells Excel,
 * LibreOffice and Google Sheets to take the rest literally (OWASP's advice for CSV injection).
 */
export const inertText = (text: string): string => (FORMULA_START.test(text) ? `'${text}` : text);

/**
 * One CSV field, quoted when it holds a separator (`,` or `;`), a quote or a line break.
 * A number is written as is: `-5` is a negative number, not a formula, and must stay a number the
 * spreadsheet can compute with; only text (an organization named `-1+2`, say) gets the quote.
 */
export const csvField = (value: string | number | null | undefined): string => {
  if (value === null || value === undefined) return '';
  const text = typeof value === 'number' && Number.isFinite(value) ? String(value) : inertText(String(value));
  return /[",;\n\r]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
};
