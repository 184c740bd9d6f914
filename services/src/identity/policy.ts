import type { KpiName } from '@kpi/projections';
import type { RegionCode } from '@kpi/schema';
import type { Role, Viewer } from './viewer.ts';

/**
 * Who may do what: the one place the product's authorisation rules are written. The API's scopes,
 * the command handler, the deciders' region check, the import routes and every read filter ask
 * here, so a rule changes in one line and reads the same wherever it is enforced.
 */

/**
 * The chair and their deputies govern: a deputy chair does what the chair does for targets,
 * commentary, comments, report schedules and alert rules, and reads what the chair reads. Neither
 * administers accounts (that is ADMINISTRATOR's alone).
 */
export const GOVERNORS = ['CHAIR', 'DEPUTY_CHAIR'] as const satisfies readonly Role[];

/**
 * Officers submit events and import spreadsheets, each for the one reporting unit they are bound
 * to: a regional officer for a region, a central body's officer for a central state body.
 */
export const SUBMITTERS = ['REGIONAL_OFFICER', 'CENTRAL_BODY_OFFICER'] as const satisfies readonly Role[];
/** The roles bound to one reporting unit, who read only that unit's data. */
export const UNIT_BOUND = SUBMITTERS;
/** The chair and analysts read every region's KPIs; a regional officer reads their own region's. */
export const KPI_READERS = [...GOVERNORS, 'ANALYST', 'REGIONAL_OFFICER'] as const satisfies readonly Role[];
/**
 * Who reads the KPI figures (summary, series, charts, drill-down): the KPI readers, and a central
 * body's officer their own body's, its receptions included (the regions' workspaces, surveys and alerts
 * stay KPI_READERS').
 */
export const FIGURE_READERS = [...KPI_READERS, 'CENTRAL_BODY_OFFICER'] as const satisfies readonly Role[];
/** Analysts build, save and arrange charts; only the analyst who saved a chart changes or deletes it. */
export const CHART_EDITORS = ['ANALYST'] as const satisfies readonly Role[];
/** An analyst or the chair opens any saved chart by its id (sharing is by URL, within the agency). */
export const CHART_READERS = ['ANALYST', ...GOVERNORS] as const satisfies readonly Role[];

/** The chair governs by targets: only the chair (or a deputy) sets and withdraws them. */
export const TARGET_SETTERS = GOVERNORS;

/** The chair (or a deputy) schedules the review report's e-mails: what goes out, to whom, how often. */
export const REPORT_SCHEDULERS = GOVERNORS;

/** The chair writes the review report's commentary before the meeting. */
export const COMMENTARY_WRITERS = GOVERNORS;
/** The chair and analysts annotate figures ("new akim since 1 March"), and take their notes back. */
export const FIGURE_COMMENTERS = [...GOVERNORS, 'ANALYST'] as const satisfies readonly Role[];
/**
 * Who reads the review report: the chair and analysts for any unit; a regional officer for their
 * own region only (the report is how a region's office prepares for the meeting too).
 */
export const REPORT_READERS = [
  ...GOVERNORS,
  'ANALYST',
  'REGIONAL_OFFICER',
] as const satisfies readonly Role[];
/** The chair and analysts create, change, mute and delete alert rules (any rule: they share them). */
export const ALERT_MANAGERS = [...GOVERNORS, 'ANALYST'] as const satisfies readonly Role[];
/** Who sees alert firings: the chair and analysts every unit's, an officer their own region's. */
export const ALERT_READERS = KPI_READERS;
/** Who imports spreadsheets: officers their unit's records (a region's or a body's), the chair a year's targets. */
export const IMPORTERS = [...SUBMITTERS, ...TARGET_SETTERS] as const satisfies readonly Role[];

/**
 * What a spreadsheet layout records: a reporting unit's events, a region's only (perception
 * surveys: a survey's unit is a region or the country, never a body), or the chair's targets.
 */
export type ImportScope = 'unit' | 'region' | 'targets';

/**
 * May this caller import a layout of this scope? Targets are the chair's; surveys a regional
 * officer's; everything else an officer's, for their own unit: a regional officer's rows are their
 * region's, a central body's officer's their body's (each row's region then says where the work sits).
 */
export const canImport = (viewer: UnitBinding | null, scope: ImportScope): boolean =>
  scope === 'targets'
    ? hasRole(viewer, TARGET_SETTERS)
    : scope === 'region'
      ? submitRegionOf(viewer) !== null
      : submitUnitOf(viewer) !== null;

/** Administrators manage accounts and read their history. */
export const ACCOUNT_ADMINISTRATORS = ['ADMINISTRATOR'] as const satisfies readonly Role[];
/** Who adds a central state body to the catalogue and renames one: the administrators, who keep the reference lists. */
export const CATALOGUE_KEEPERS = ['ADMINISTRATOR'] as const satisfies readonly Role[];
/** Who sees the read models' state and lag: those who govern by the numbers and those who run the service. */
export const STATUS_READERS = [...GOVERNORS, 'ANALYST', 'ADMINISTRATOR'] as const satisfies readonly Role[];

/**
 * The one anonymous allowance: when the public page is on (`PUBLIC_PAGE_ENABLED`), anyone may read
 * these routes without signing in, and nothing else. They carry the published KPIs of the country
 * and each region (no organization, no person, no event), as known a configured delay ago.
 */
export const PUBLIC_ROUTES = {
  page: '/public',
  json: '/public/figures.json',
  csv: '/public/figures.csv',
  schema: '/public/figures.schema.json',
  stylesheet: '/public/public.css',
} as const;

/** The KPIs published on the public page: aggregates a citizen can read, none naming anyone. */
export const PUBLIC_KPIS = [
  'risksIdentified',
  'recommendationsIssued',
  'causesRemoved',
  'removalRate',
  'medianDaysToRemoval',
  'rightsRestoredCases',
  'rightsRestoredPeople',
  'recurrenceRate',
] as const satisfies readonly KpiName[];

/** Is this path one an anonymous reader may request (with the public page on)? */
export const isPublicRoute = (path: string): boolean =>
  (Object.values(PUBLIC_ROUTES) as string[]).includes(path.split('?')[0] ?? '');

/**
 * Who signs out: a signed-in person (a provider's token ends only its cookie), or whoever holds a
 * session token of ours that has not expired, and only that session, since the token names it.
 * A token whose session already ended still counts, so a retried sign-out answers as the first
 * did instead of being refused as signed out.
 */
export const canSignOut = (
  viewer: Pick<Viewer, 'userId'> | null,
  held: { readonly userId: string; readonly sessionId: string } | null,
): boolean => viewer !== null || held !== null;

/** What a refused caller is told; each sentence is written here only. */
export const REFUSED = {
  signInToSubmit: 'sign in to submit',
  signInToImport: 'sign in to import',
  onlyOfficersSubmit:
    "only a regional officer (for their own region) or a central body's officer (for their own body) submits events",
  onlyOfficersImport:
    "only a regional officer (for their own region) or a central body's officer (for their own body) imports",
  onlyImporters:
    'only an officer (for their own region or central body) or the chair or a deputy chair (targets) imports',
  onlyChairImportsTargets: 'only the chair or a deputy chair imports targets',
  onlyRegionsImportSurveys:
    "only a regional officer imports perception surveys, for their own region: a survey's unit is a region or the country",
  onlyChairSetsTargets: 'only the chair or a deputy chair sets and withdraws targets',
  onlyChairWritesCommentary: "only the chair or a deputy chair writes the review report's commentary",
  onlyChairOrAnalystComments: 'only the chair, a deputy chair or an analyst comments on figures',
  onlyReportReaders: 'only the chair, deputy chairs, analysts and regional officers read the review report',
  officerReportsOwnRegion: (region: string) =>
    `a regional officer reads the review report of their own region only, not ${region}`,
  targetsApart: 'targets are submitted apart from regional events',
  onlyAnalystsChart: 'only analysts save, change and arrange charts',
  onlyReportSchedulers: 'only the chair or a deputy chair creates, changes and withdraws report schedules',
  onlyAlertManagers: 'only the chair, deputy chairs and analysts create, change, mute and delete alert rules',
  onlyChartOwner: 'only the analyst who saved this chart may change or delete it',
  onlyAdministratorsKeepCatalogue: 'only an administrator adds and renames central state bodies',
  officerFollowsOwnUnit: (unit: string) =>
    `an officer follows only their own unit's changes (their region's or their body's), not ${unit}`,
  officerReadsOwnRegion: (region: string) => `a regional officer reads only their own region, not ${region}`,
  officerReadsOwnUnit: (unit: string) => `an officer reads only their own unit's figures, not ${unit}`,
  otherUnit: (what: string, unit: string, own: string) =>
    `${what} belongs to ${unit}; you may submit only for ${own}`,
  importOtherRegion: (own: string) => `you may import only for your region ${own}`,
  importOtherBody: (own: string) => `you may import only for your central body ${own}`,
} as const;

/**
 * Who submits each command that acts for the country, and what anyone else is told. Keyed by
 * command type (the commands' own list lives in commands/command.ts, a floor above).
 */
export const COUNTRY_COMMAND_ROLES: Readonly<
  Record<string, { readonly roles: readonly Role[]; readonly refused: string }>
> = {
  SetTarget: { roles: TARGET_SETTERS, refused: REFUSED.onlyChairSetsTargets },
  WithdrawTarget: { roles: TARGET_SETTERS, refused: REFUSED.onlyChairSetsTargets },
  WriteReportCommentary: { roles: COMMENTARY_WRITERS, refused: REFUSED.onlyChairWritesCommentary },
  AddFigureComment: { roles: FIGURE_COMMENTERS, refused: REFUSED.onlyChairOrAnalystComments },
  WithdrawFigureComment: { roles: FIGURE_COMMENTERS, refused: REFUSED.onlyChairOrAnalystComments },
};

/** What the policy reads of a caller to know their unit: the role and the region or body it binds. */
export type UnitBinding = Pick<Viewer, 'role' | 'region' | 'centralBody'>;

/** May this viewer read the review report of `unit` (KZ, a region code or a central body's code)? */
export const canReadReport = (viewer: UnitBinding | null, unit: string): boolean => {
  if (viewer === null || !hasRole(viewer, REPORT_READERS)) return false;
  return !hasRole(viewer, UNIT_BOUND) || isOwnUnit(unit, unitBoundTo(viewer));
};

export const hasRole = (viewer: Pick<Viewer, 'role'> | null, roles: Role | readonly Role[]): boolean =>
  viewer !== null && ([] as Role[]).concat(roles as Role | Role[]).includes(viewer.role);

/** The one unit a unit-bound role is bound to (its region or its body), or null. */
const unitBoundTo = (viewer: UnitBinding): string | null => {
  if (viewer.role === 'REGIONAL_OFFICER') return viewer.region;
  if (viewer.role === 'CENTRAL_BODY_OFFICER') return viewer.centralBody ?? null;
  return null;
};

/**
 * The reporting unit a caller submits for (a region's code, or a central body's), or null when
 * they may not submit at all. Every event of theirs goes to that unit's stream.
 */
export const submitUnitOf = (submitter: UnitBinding | null): string | null =>
  submitter !== null && hasRole(submitter, SUBMITTERS) ? unitBoundTo(submitter) : null;

/** The region a caller submits for: a regional officer's; null for anyone else (a body's officer included). */
export const submitRegionOf = (submitter: UnitBinding | null): RegionCode | null =>
  submitter?.role === 'REGIONAL_OFFICER' ? submitter.region : null;

/** May this caller submit (for `unit`, when one is named)? */
export const canSubmit = (submitter: UnitBinding | null, unit?: string): boolean => {
  const own = submitUnitOf(submitter);
  return own !== null && (unit === undefined || isOwnUnit(unit, own));
};

/**
 * A submission touches only the submitter's own unit: the rule every decider applies. A region
 * and a body never share a code, so a body's officer never passes for a region, nor the reverse.
 */
export const isOwnUnit = (unit: string | null, own: string | null): boolean => own !== null && unit === own;

/** Kept for the region-keyed routes: a region is the submitter's own unit. */
export const isOwnRegion = (region: string | null, own: string): boolean => isOwnUnit(region, own);

/**
 * The units (regions and central bodies) a viewer may read: every one (`'all'`), or an officer's
 * own (none without one).
 */
export const readableUnits = (viewer: UnitBinding): 'all' | readonly string[] => {
  if (!hasRole(viewer, UNIT_BOUND)) return 'all';
  const own = unitBoundTo(viewer);
  return own === null ? [] : [own];
};

/** The regions a viewer may read: every region (`'all'`), a regional officer's own, none for a body's officer. */
export const readableRegions = (viewer: UnitBinding): 'all' | readonly RegionCode[] => {
  const units = readableUnits(viewer);
  if (units === 'all') return 'all';
  return viewer.role === 'REGIONAL_OFFICER' ? (units as readonly RegionCode[]) : [];
};

export const canRead = (viewer: UnitBinding, unit: string): boolean => {
  const readable = readableUnits(viewer);
  return readable === 'all' || readable.includes(unit);
};

/**
 * The regions a read may cover, given those asked for (null: every region): as asked for a
 * viewer who reads everything; an officer's own region whatever they send, and asking for
 * another is refused (`denied` names it), not silently narrowed. A body's officer reads no region.
 */
export const boundRegions = (
  viewer: UnitBinding,
  requested: readonly string[] | null | undefined,
):
  | { readonly ok: true; readonly regions: readonly string[] | null }
  | { readonly ok: false; readonly denied: string } => {
  const readable = readableRegions(viewer);
  if (readable === 'all') return { ok: true, regions: requested ?? null };
  const other = requested?.find((region) => !readable.includes(region as RegionCode));
  if (readable.length === 0 || other !== undefined) return { ok: false, denied: other ?? 'any region' };
  return { ok: true, regions: readable };
};

/**
 * The units a KPI read may cover, given the regions and units asked for (null: every unit): as
 * asked for a viewer who reads everything; for a unit-bound officer their own unit whatever they
 * send, and asking for another region or unit is refused (`denied` names it), not narrowed.
 */
export const boundUnits = (
  viewer: UnitBinding,
  requested: { readonly regions?: readonly string[] | null; readonly units?: readonly string[] | null },
):
  | {
      readonly ok: true;
      readonly regions: readonly string[] | null;
      readonly units: readonly string[] | null;
    }
  | { readonly ok: false; readonly denied: string } => {
  const readable = readableUnits(viewer);
  if (readable === 'all')
    return { ok: true, regions: requested.regions ?? null, units: requested.units ?? null };
  const asked = [...(requested.regions ?? []), ...(requested.units ?? [])];
  const other = asked.find((unit) => !readable.includes(unit));
  if (readable.length === 0 || other !== undefined) return { ok: false, denied: other ?? 'any unit' };
  return { ok: true, regions: null, units: readable };
};

/** Whether a viewer sees a firing for a unit (the country, `KZ`, a region or a body): officers only their own unit's. */
export const canSeeAlertFor = (viewer: UnitBinding, unit: string): boolean =>
  hasRole(viewer, ALERT_READERS) && canRead(viewer, unit);
