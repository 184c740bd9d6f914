import type { PublicFigures } from '@kpi/projections';
import { PUBLIC_ROUTES } from '../identity/policy.ts';
import { formatDay, formatInstant, formatValue } from '../reports/format.ts';
import { REPORT_LANGUAGES, type ReportLanguage } from '../reports/labels.ts';
import { unitName } from './open-data.ts';
import { PUBLIC_LABELS, type PublicLabels } from './public-labels.ts';

export interface PageSettings {
  readonly lang: ReportLanguage;
  readonly institution: string;
  readonly delayDays: number;
  readonly licence: string;
  readonly periods: readonly string[];
}

const ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};
/** Every text put into the page passes here: names and settings are data, never markup. */
const esc = (text: string | number): string => String(text).replace(/[&<>"']/g, (c) => ESCAPES[c]!);

const LOCALES: Record<ReportLanguage, string> = { ru: 'ru', kk: 'kk', en: 'en' };

const periodLabel = (l: PublicLabels, period: string): string => {
  const quarter = /^(\d{4})-Q([1-4])$/.exec(period);
  if (quarter) return l.quarter(quarter[1]!, quarter[2]!);
  return /^\d{4}$/.test(period) ? l.year(period) : period;
};

const href = (route: string, params: Record<string, string>) =>
  `${route}?${new URLSearchParams(params).toString().replaceAll('&', '&amp;')}`;

const shell = (lang: ReportLanguage, title: string, body: string): string => `<!doctype html>
<html lang="${lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(title)}</title>
<link rel="stylesheet" href="${PUBLIC_ROUTES.stylesheet}">
</head>
<body>
${body}
</body>
</html>
`;

const masthead = (s: PageSettings, l: PublicLabels, period: string): string => {
  const languages = REPORT_LANGUAGES.map((lang) =>
    lang === s.lang
      ? `<span aria-current="true">${lang}</span>`
      : `<a href="${href(PUBLIC_ROUTES.page, { period, lang })}" hreflang="${lang}">${lang}</a>`,
  ).join(' ');
  return `<header class="masthead">
<p class="institution">${esc(s.institution)}</p>
<h1>${esc(l.title)}</h1>
<nav class="languages" aria-label="${esc(l.language)}">${languages}</nav>
</header>`;
};

const choice = (s: PageSettings, l: PublicLabels, period: string): string => {
  const periods = s.periods.includes(period) ? s.periods : [period, ...s.periods];
  const options = periods
    .map(
      (p) => `<option value="${esc(p)}"${p === period ? ' selected' : ''}>${esc(periodLabel(l, p))}</option>`,
    )
    .join('');
  return `<form class="choice" method="get" action="${PUBLIC_ROUTES.page}">
<label>${esc(l.period)} <select name="period">${options}</select></label>
<input type="hidden" name="lang" value="${s.lang}">
<button type="submit">${esc(l.show)}</button>
</form>`;
};

const countryTiles = (figures: PublicFigures, s: PageSettings, l: PublicLabels): string => {
  const country = figures.units[0]!;
  const tiles = figures.kpis
    .map(
      (kpi, k) =>
        `<div class="tile"><dt>${esc(l.kpis[kpi] ?? kpi)}</dt><dd>${esc(formatValue(s.lang, kpi, country.values[k] ?? null))}</dd></div>`,
    )
    .join('\n');
  return `<section aria-labelledby="country"><h2 id="country">${esc(l.country)}</h2>
<dl class="tiles">
${tiles}
</dl></section>`;
};

const regionTable = (figures: PublicFigures, s: PageSettings, l: PublicLabels): string => {
  const collator = new Intl.Collator(LOCALES[s.lang]);
  const rows = figures.units
    .slice(1)
    .map((row) => ({ row, name: unitName(row.unit)[s.lang] }))
    .sort((a, b) => collator.compare(a.name, b.name))
    .map(
      ({ row, name }) =>
        `<tr><th scope="row">${esc(name)}</th>${row.values
          .map((v, k) => `<td>${esc(formatValue(s.lang, figures.kpis[k]!, v ?? null))}</td>`)
          .join('')}</tr>`,
    )
    .join('\n');
  const heads = figures.kpis.map((kpi) => `<th scope="col">${esc(l.kpis[kpi] ?? kpi)}</th>`).join('');
  return `<section aria-labelledby="regions"><h2 id="regions">${esc(l.regions)}</h2>
<div class="table-scroll" tabindex="0" role="region" aria-labelledby="regions">
<table><thead><tr><th scope="col">${esc(l.region)}</th>${heads}</tr></thead>
<tbody>
${rows}
</tbody></table>
</div></section>`;
};

const openData = (
  s: PageSettings,
  l: PublicLabels,
  period: string,
): string => `<section aria-labelledby="open-data">
<h2 id="open-data">${esc(l.openData)}</h2>
<p>${esc(l.openDataLead)}</p>
<ul class="downloads">
<li><a href="${href(PUBLIC_ROUTES.csv, { period })}" download>${esc(l.csv)}</a></li>
<li><a href="${href(PUBLIC_ROUTES.json, { period })}" download>${esc(l.json)}</a></li>
<li><a href="${PUBLIC_ROUTES.schema}">${esc(l.schema)}</a></li>
</ul>
<p class="licence">${esc(l.licence(s.licence))}</p>
</section>`;

/** The public page: the country's tiles, the regions' table and the downloads, in one language. */
export const publicPage = (figures: PublicFigures, s: PageSettings): string => {
  const l = PUBLIC_LABELS[s.lang];
  const range = `${formatDay(s.lang, figures.range.from)} — ${formatDay(s.lang, figures.range.to)}`;
  return shell(
    s.lang,
    l.title,
    `${masthead(s, l, figures.period)}
<main>
<p class="lead">${esc(l.lead(formatInstant(s.lang, figures.asOf), s.delayDays))}</p>
${choice(s, l, figures.period)}
<p class="range">${esc(periodLabel(l, figures.period))}: ${esc(range)}</p>
${countryTiles(figures, s, l)}
${regionTable(figures, s, l)}
${openData(s, l, figures.period)}
</main>
<footer><a href="/">${esc(l.signIn)}</a></footer>`,
  );
};

/** A refused request in the reader's language, with the way back to the page. */
export const refusedPage = (s: PageSettings, message: string): string => {
  const l = PUBLIC_LABELS[s.lang];
  return shell(
    s.lang,
    l.refused,
    `${masthead(s, l, s.periods[0]!)}
<main><h2>${esc(l.refused)}</h2><p class="refusal" role="alert">${esc(message)}</p>
<p><a href="${href(PUBLIC_ROUTES.page, { lang: s.lang })}">${esc(l.title)}</a></p></main>`,
  );
};
