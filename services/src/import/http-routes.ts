import multipart from '@fastify/multipart';
import rateLimit from '@fastify/rate-limit';
import type { FastifyError, FastifyInstance, FastifyRequest } from 'fastify';
import { canImport } from '../identity/policy.ts';
import { readerLanguage } from '../identity/reader-language.ts';
import type { Viewer } from '../identity/viewer.ts';
import { type ImportEventType, importScopeOf, isImportEventType } from './columns.ts';
import type { ImportJob, ImportJobs } from './import-jobs.ts';
import { type ImportRefusal, importRefusal } from './import-refusals.ts';
import { DEFAULT_IMPORT_LIMITS } from './limits.ts';
import type { SpreadsheetFormat } from './parse.ts';
import { csvTemplate, xlsxTemplate } from './templates.ts';

const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

interface RouteDeps {
  /** Where uploads become jobs; absent, the upload answers 503. */
  readonly services: { readonly imports?: ImportJobs | undefined };
  readonly authenticate: (request: FastifyRequest) => Promise<Viewer | null>;
  /** Uploads per address per minute. */
  readonly uploadsPerMinute?: number;
}

declare module 'fastify' {
  interface FastifyRequest {
    officer?: Viewer;
  }
}

export const jobView = (job: ImportJob) => ({
  id: job.id,
  eventType: job.eventType,
  dryRun: job.dryRun,
  phase: job.progress.phase,
  processedRows: job.progress.processedRows,
  totalRows: job.progress.totalRows,
  report: job.report,
  error: job.error,
});

/**
 * Spreadsheet import over HTTP, for regional officers only: the templates, the upload (multipart
 * or the file as the raw body; a dry run unless `commit=true`) and the job status. The caller is
 * checked before the body is read, so an anonymous upload is refused without being received.
 */
export const registerImportRoutes = async (app: FastifyInstance, deps: RouteDeps): Promise<void> => {
  // The one route that takes large bodies (50,000 rows of CSV are some 20 MB), up to the file limit.
  const limits = deps.services.imports?.limits ?? DEFAULT_IMPORT_LIMITS;
  /** The route's refusal in the language of the person reading it (`?lang=`, else the browser's). */
  const refused = (request: FastifyRequest, refusal: ImportRefusal) =>
    importRefusal(
      refusal,
      readerLanguage(
        (request.query as { lang?: unknown } | undefined)?.lang,
        request.headers['accept-language'],
      ),
      limits,
    );
  await app.register(async (scope) => {
    await scope.register(multipart, { limits: { fileSize: limits.maxFileBytes, files: 1, fields: 5 } });
    await scope.register(rateLimit, { global: false });
    scope.addContentTypeParser(
      ['text/csv', 'application/csv', 'text/plain', XLSX_TYPE, 'application/octet-stream'],
      { parseAs: 'buffer', bodyLimit: limits.maxFileBytes },
      (_request, body, done) => done(null, body),
    );
    scope.addHook('onRequest', async (request, reply) => {
      const viewer = await deps.authenticate(request);
      if (!viewer) return reply.status(401).send(refused(request, 'signIn'));
      // An officer bound to no unit, like any other role, imports nothing.
      if (!canImport(viewer, 'unit') && !canImport(viewer, 'targets')) {
        return reply.status(403).send(refused(request, 'onlyImporters'));
      }
      request.officer = viewer;
      // A declared length past the limit is refused before a byte of the body is read.
      if (Number(request.headers['content-length'] ?? 0) > limits.maxFileBytes + 64 * 1024)
        return reply.status(413).send(refused(request, 'tooLarge'));
    });
    // A body without a declared length is cut at the limit while it streams in.
    scope.setErrorHandler((error: FastifyError, request, reply) => {
      if (error.code === 'FST_ERR_CTP_BODY_TOO_LARGE' || error.code === 'FST_REQ_FILE_TOO_LARGE')
        return reply.status(413).send(refused(request, 'tooLarge'));
      throw error;
    });

    scope.get<{ Params: { file: string } }>('/import/templates/:file', async (request, reply) => {
      const match = /^(\w+)\.(csv|xlsx)$/.exec(request.params.file);
      const type = match?.[1] ?? '';
      if (!match || !isImportEventType(type)) {
        return reply.status(404).send(refused(request, 'noTemplate'));
      }
      if (!canImport(request.officer!, importScopeOf(type)))
        return reply.status(403).send(refused(request, forbiddenLayout(type)));
      const filename = `${type}.${match[2]}`;
      reply.header('content-disposition', `attachment; filename="${filename}"`);
      // The template speaks the reader's language: `?lang=kk|en`, else the browser's, else Russian.
      const lang = readerLanguage(
        (request.query as { lang?: unknown }).lang,
        request.headers['accept-language'],
      );
      if (match[2] === 'csv') return reply.type('text/csv; charset=utf-8').send(csvTemplate(type, lang));
      return reply.type(XLSX_TYPE).send(await xlsxTemplate(type, lang));
    });

    scope.post<{ Querystring: { eventType?: string; commit?: string; format?: string; wait?: string } }>(
      '/import',
      {
        bodyLimit: limits.maxFileBytes,
        config: { rateLimit: { max: deps.uploadsPerMinute ?? 30, timeWindow: '1 minute' } },
      },
      async (request, reply) => {
        const jobs = deps.services.imports;
        if (!jobs) return reply.status(503).send(refused(request, 'notRunning'));
        const upload = await uploaded(request);
        // A form may send the parameters as multipart fields before the file; the query string wins.
        const { eventType = '', commit, format, wait } = { ...upload.fields, ...request.query };
        if (!isImportEventType(eventType)) {
          return reply.status(400).send(refused(request, 'eventType'));
        }
        if (!canImport(request.officer!, importScopeOf(eventType)))
          return reply.status(403).send(refused(request, forbiddenLayout(eventType)));
        if (format !== undefined && format !== 'csv' && format !== 'xlsx') {
          return reply.status(400).send(refused(request, 'format'));
        }
        const content = upload.content;
        if (!content || content.length === 0) {
          return reply.status(400).send(refused(request, 'noFile'));
        }
        const job = jobs.start({
          eventType,
          content,
          format: (format as SpreadsheetFormat | undefined) ?? upload.format ?? formatOf(request),
          commit: commit === 'true',
          submitter: request.officer!,
          correlationId: request.id,
        });
        if (wait === 'true') return reply.status(200).send(jobView(await jobs.finished(job.id)));
        return reply.status(202).send(jobView(job));
      },
    );

    scope.get<{ Params: { id: string } }>('/import/jobs/:id', async (request, reply) => {
      const job = deps.services.imports?.get(request.params.id, request.officer!.userId);
      if (!job) return reply.status(404).send(refused(request, 'noSuchJob'));
      return reply.send(jobView(job));
    });
  });
};

const forbiddenLayout = (type: ImportEventType): ImportRefusal => {
  const scope = importScopeOf(type);
  return scope === 'targets'
    ? 'onlyChairImportsTargets'
    : scope === 'region'
      ? 'onlyRegionsImportSurveys'
      : 'onlyOfficersImport';
};

interface Upload {
  readonly content: Buffer | null;
  readonly fields: Record<string, string>;
  readonly format: SpreadsheetFormat | undefined;
}

const uploaded = async (request: FastifyRequest): Promise<Upload> => {
  if (!request.isMultipart()) {
    return { content: Buffer.isBuffer(request.body) ? request.body : null, fields: {}, format: undefined };
  }
  const file = await request.file();
  if (!file) return { content: null, fields: {}, format: undefined };
  const fields: Record<string, string> = {};
  for (const [name, value] of Object.entries(file.fields)) {
    const first = Array.isArray(value) ? value[0] : value;
    if (first && first.type === 'field' && typeof first.value === 'string') fields[name] = first.value;
  }
  const extension = /\.(csv|xlsx)$/i.exec(file.filename)?.[1]?.toLowerCase() as SpreadsheetFormat | undefined;
  return { content: await file.toBuffer(), fields, format: extension };
};

const formatOf = (request: FastifyRequest): SpreadsheetFormat | undefined => {
  const type = request.headers['content-type'] ?? '';
  if (type.startsWith(XLSX_TYPE)) return 'xlsx';
  if (type.includes('csv')) return 'csv';
  return undefined;
};
