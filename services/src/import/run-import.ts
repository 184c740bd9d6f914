import { hash } from 'node:crypto';
import type { Command } from '../commands/command.ts';
import type { CommandServices } from '../commands/command-services.ts';
import { type BatchOutcome, decideMany } from '../commands/decide-many.ts';
import { stableJson } from '../commands/stable-json.ts';
import { yieldingEvery } from '../commands/yielding.ts';
import { isOwnRegion, REFUSED, submitUnitOf } from '../identity/policy.ts';
import type { Viewer } from '../identity/viewer.ts';
import { appendInChunks } from './append-in-chunks.ts';
import { COMMAND_OF_EVENT, type Column, IMPORT_LAYOUTS, type ImportEventType } from './columns.ts';
import { type ColumnMap, issueAt, mapColumns, type RowIssue, rowData } from './convert.ts';
import { DEFAULT_IMPORT_LIMITS, type ImportLimits } from './limits.ts';
import { detectFormat, type SpreadsheetFormat, UnreadableFileError } from './parse.ts';
import { parseOffThread } from './parse-off-thread.ts';

export interface ImportRequest {
  readonly eventType: ImportEventType;
  readonly content: Buffer;
  readonly format?: SpreadsheetFormat;
  /** False (the default) checks every row and writes nothing. */
  readonly commit: boolean;
  readonly submitter: Viewer;
  readonly correlationId: string;
}

export type ImportPhase = 'queued' | 'reading' | 'checking' | 'writing' | 'done' | 'failed';

export interface ImportProgress {
  readonly phase: ImportPhase;
  readonly processedRows: number;
  readonly totalRows: number;
}

export interface ImportReport {
  readonly eventType: ImportEventType;
  readonly format: SpreadsheetFormat;
  readonly dryRun: boolean;
  readonly totalRows: number;
  /** Rows that would be, or were, recorded now. */
  readonly acceptedRows: number;
  /** Rows recorded by an earlier import of the same rows: nothing new for them. */
  readonly alreadyImportedRows: number;
  readonly issues: readonly RowIssue[];
  /**
   * True when every row is stored. A commit is written in chunks, each one atomic append to the
   * unit's stream; see docs/import.md for what "all or nothing" means on each store.
   */
  readonly committed: boolean;
  readonly eventsWritten: number;
}

/** Rows report progress this often while converted. */
const REPORT_EVERY = 2_000;

/** Someone else writing the unit this many times during one import's check makes it give up. */
const ROUNDS = 3;

/**
 * The submission id of a row: a hash of the event type, the officer's unit and the row's
 * content, numbered when the same content appears more than once in the file. Importing the file
 * again, or a longer version of it, finds its rows already recorded and writes nothing for them.
 */
const submissionIdOf = (type: string, unit: string, dataJson: string, occurrence: number): string =>
  `import:${hash('sha256', `${type}\u0000${unit}\u0000${dataJson}\u0000${occurrence}`, 'hex')}`;

const ID_COLUMNS = ['riskId', 'recommendationId', 'removesRiskIds', 'implementsRecommendationIds'];

/** The column holding the id a refusal names (a missing risk, another region's risk). */
const columnNaming = (id: string, data: Record<string, unknown>, map: ColumnMap): string | null => {
  for (const key of ID_COLUMNS) {
    const value = data[key];
    if (value === id || (Array.isArray(value) && value.includes(id))) return map.headerOf.get(key) ?? null;
  }
  return null;
};

/**
 * The column naming the unit a refusal says the row belongs to ("the risk belongs to MIN-HEALTH;
 * ..."): the row's central body, its unit, or its region, whichever holds that code.
 */
const unitColumn = (message: string, data: Record<string, unknown>, map: ColumnMap): string | null => {
  const named = /belongs to (\S+);/.exec(message)?.[1];
  const key = ['centralBody', 'unit', 'region'].find((k) => named !== undefined && data[k] === named);
  return map.headerOf.get(key ?? 'region') ?? map.headerOf.get('unit') ?? null;
};

/**
 * A central body's officer's row is the body's: an empty central body column means their body (the
 * row's region then says where the work sits); another body's code is refused at that column.
 * Returns the issue, if any; fills the body in place.
 */
const placeForBody = (
  line: number,
  data: Record<string, unknown>,
  body: string,
  map: ColumnMap,
  layout: readonly Column[],
): RowIssue | null => {
  if (!layout.some((c) => c.key === 'centralBody')) return null;
  if (data.centralBody === undefined) {
    data.centralBody = body;
    return null;
  }
  if (data.centralBody === body) return null;
  return {
    line,
    column: map.headerOf.get('centralBody') ?? null,
    code: 'other_body',
    message: REFUSED.importOtherBody(body),
  };
};

const outcomeIssues = (
  line: number,
  outcome: BatchOutcome,
  data: Record<string, unknown>,
  map: ColumnMap,
): RowIssue[] => {
  switch (outcome.kind) {
    case 'ValidationFailed':
      return outcome.issues.map((issue) => issueAt(line, issue, map));
    case 'NotFound':
      return [
        {
          line,
          column: columnNaming(outcome.id, data, map),
          code: 'not_found',
          message: outcome.message,
          values: { id: outcome.id },
        },
      ];
    case 'Forbidden': {
      const id = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/.exec(outcome.message)?.[0];
      const column = id ? columnNaming(id, data, map) : unitColumn(outcome.message, data, map);
      return [
        { line, column, code: 'forbidden', message: outcome.message, ...(id ? { values: { id } } : {}) },
      ];
    }
    case 'Conflict':
      return [{ line, column: null, code: 'conflict', message: outcome.message }];
    case 'SubmissionReused':
      return [{ line, column: null, code: 'submission_reused', message: outcome.message }];
    default:
      return [];
  }
};

export const runImport = async (
  services: CommandServices,
  request: ImportRequest,
  report: (progress: ImportProgress) => void,
  limits: ImportLimits = DEFAULT_IMPORT_LIMITS,
): Promise<ImportReport> => {
  const format = request.format ?? detectFormat(request.content);
  const dryRun = !request.commit;
  // A regional officer's rows are their region's; a body's officer's their body's (`placeForBody`).
  const region = request.submitter.role === 'REGIONAL_OFFICER' ? request.submitter.region : null;
  const body =
    request.submitter.role === 'CENTRAL_BODY_OFFICER' ? (request.submitter.centralBody ?? null) : null;
  const unit = submitUnitOf(request.submitter) ?? region ?? '';
  const layout: readonly Column[] = IMPORT_LAYOUTS[request.eventType];
  report({ phase: 'reading', processedRows: 0, totalRows: 0 });
  const sheet = await parseOffThread(request.content, format, limits);
  const total = sheet.rows.length;
  const map = mapColumns(sheet, layout);
  const empty = {
    eventType: request.eventType,
    format,
    dryRun,
    totalRows: total,
    committed: false,
    eventsWritten: 0,
  };
  if (map.problems.length > 0)
    return { ...empty, acceptedRows: 0, alreadyImportedRows: 0, issues: map.problems };
  if (total === 0) throw new UnreadableFileError('the file has a header but no rows');

  const issues: RowIssue[] = [];
  const rows: { line: number; data: Record<string, unknown> }[] = [];
  const occurrences = new Map<string, number>();
  const items = [];
  const breathe = yieldingEvery();
  for (let i = 0; i < total; i++) {
    const row = sheet.rows[i]!;
    const data = rowData(row.cells, layout, map);
    if (
      map.indexOf.has('region') &&
      region !== null &&
      data.region !== undefined &&
      !isOwnRegion(String(data.region), region)
    ) {
      issues.push({
        line: row.line,
        column: map.headerOf.get('region')!,
        code: 'other_region',
        message: REFUSED.importOtherRegion(region),
      });
    }
    const misplaced = body === null ? null : placeForBody(row.line, data, body, map, layout);
    if (misplaced !== null) issues.push(misplaced);
    const key = stableJson(data);
    const occurrence = (occurrences.get(key) ?? 0) + 1;
    occurrences.set(key, occurrence);
    rows.push({ line: row.line, data });
    const command = { type: COMMAND_OF_EVENT[request.eventType], data } as Command;
    items.push({ command, submissionId: submissionIdOf(request.eventType, unit, key, occurrence) });
    if ((i + 1) % REPORT_EVERY === 0) report({ phase: 'reading', processedRows: i + 1, totalRows: total });
    const pause = breathe();
    if (pause) await pause;
  }

  // Rows written by an earlier round of this import (before someone else's write to the unit made
  // it decide again) are found stored by the next round: they count as written, not as imported before.
  let writtenBefore = 0;
  for (let round = 1; ; round++) {
    report({ phase: 'checking', processedRows: 0, totalRows: total });
    const decision = await decideMany(services, request.submitter, items, {
      correlationId: request.correlationId,
      channel: 'import',
      onProgress: (decided) => report({ phase: 'checking', processedRows: decided, totalRows: total }),
    });
    let accepted = 0;
    let replayed = 0;
    const found = [...issues];
    decision.outcomes.forEach((outcome, i) => {
      if (outcome.kind === 'Accepted') accepted++;
      else if (outcome.kind === 'Succeeded') replayed++;
      else {
        const row = rows[i]!;
        const rowIssues = outcomeIssues(row.line, outcome, row.data, map);
        // The region or body check above already named this row's column.
        if (!(outcome.kind === 'Forbidden' && issues.some((x) => x.line === row.line)))
          found.push(...rowIssues);
      }
    });
    found.sort((a, b) => a.line - b.line);
    const checked = {
      ...empty,
      acceptedRows: accepted + writtenBefore,
      alreadyImportedRows: replayed - writtenBefore,
      issues: found,
    };
    if (found.length > 0 || dryRun || decision.writes.length === 0) {
      return { ...checked, committed: writtenBefore > 0 && found.length === 0, eventsWritten: writtenBefore };
    }

    report({ phase: 'writing', processedRows: total, totalRows: total });
    // A region's rows are one boundary (its unit's stream); the chair's targets one per target.
    const written = await appendEveryBoundary(services.store, decision.writes);
    if (written.conflict === null) {
      return { ...checked, committed: true, eventsWritten: writtenBefore + written.events };
    }
    writtenBefore += written.events;
    if (round === ROUNDS) {
      const conflict = {
        line: sheet.headerLine,
        column: null,
        code: 'kept_changing' as const,
        values: { count: String(writtenBefore) },
        message: `${written.events === 0 && writtenBefore === 0 ? 'nothing was written' : `${writtenBefore} rows were written, the rest not`}: ${written.conflict} kept changing while the file was written; import it again to write the rest`,
      };
      return { ...checked, issues: [conflict], eventsWritten: writtenBefore };
    }
  }
};

/** Appends each boundary's events in chunks, one boundary after the other; stops at a conflict. */
const appendEveryBoundary = async (
  store: Parameters<typeof appendInChunks>[0],
  writes: readonly Parameters<typeof appendInChunks>[1][],
): Promise<{ events: number; conflict: string | null }> => {
  let events = 0;
  for (const write of writes) {
    const written = await appendInChunks(store, write);
    events += written.events;
    if (written.conflict !== null) return { events, conflict: written.conflict };
  }
  return { events, conflict: null };
};
