import { KpiQueryError, reviewReport } from '@kpi/projections';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { Accounts } from '../accounts/accounts.ts';
import { canReadReport, hasRole, REPORT_READERS, readableRegions } from '../identity/policy.ts';
import { readerLanguage } from '../identity/reader-language.ts';
import type { Viewer } from '../identity/viewer.ts';
import type { AppProjections } from '../runtime/app-projections.ts';
import { reportRefusal } from './report-refusals.ts';
import { renderReviewPdf } from './review-pdf.ts';
import { parseReviewRequest } from './review-request.ts';

interface RouteDeps {
  readonly services: {
    readonly clock: () => Date;
    readonly projections?: AppProjections | undefined;
    readonly accounts?: Accounts | undefined;
  };
  readonly authenticate: (request: FastifyRequest) => Promise<Viewer | null>;
}

/**
 * The review meeting's report as a PDF: `GET /reports/review.pdf?period=2026-Q1&unit=KZ&asOf=2026-03-31&lang=kk`.
 * The chair and analysts read any unit's; a regional officer their own region's only (without
 * the league of regions). Each bad parameter is named in a 400.
 */
export const registerReportRoutes = async (app: FastifyInstance, deps: RouteDeps): Promise<void> => {
  app.get('/reports/review.pdf', async (request, reply) => {
    const query = request.query as Record<string, unknown>;
    // Refusals are read by a person whose browser opened the link: in the report's language.
    const reader = readerLanguage(query.lang, request.headers['accept-language']);
    const viewer = await deps.authenticate(request);
    if (!viewer) return reply.status(401).send({ error: 'Unauthorized', ...reportRefusal('signIn', reader) });
    if (!hasRole(viewer, REPORT_READERS)) {
      return reply.status(403).send({ error: 'Forbidden', ...reportRefusal('onlyReportReaders', reader) });
    }
    const parsed = parseReviewRequest(query, viewer.region ?? 'KZ');
    if (!parsed.ok) {
      return reply
        .status(400)
        .send({ error: 'Bad Request', ...reportRefusal(parsed.refusal, reader, parsed.parameter) });
    }
    const { period, unit, asOf, lang } = parsed.request;
    if (!canReadReport(viewer, unit)) {
      return reply
        .status(403)
        .send({ error: 'Forbidden', ...reportRefusal('ownRegionOnly', reader, undefined, unit) });
    }
    const models = deps.services.projections?.readModels;
    if (!models)
      return reply.status(503).send({ error: 'Service Unavailable', ...reportRefusal('notRunning', reader) });
    const now = deps.services.clock();
    let report: ReturnType<typeof reviewReport>;
    try {
      report = reviewReport(
        { kpi: models.kpi(), targets: models.targets().state, annotations: models.annotations().state },
        { unit, period, asOf, now, seesAllRegions: readableRegions(viewer) === 'all' },
      );
    } catch (error) {
      if (error instanceof KpiQueryError) {
        return reply
          .status(400)
          .send({ error: 'Bad Request', ...reportRefusal('badQuery', reader, error.field) });
      }
      throw error;
    }
    const pdf = await renderReviewPdf(report, {
      lang,
      createdAt: asOf ? new Date(asOf) : now,
      nameOf: (id) => deps.services.accounts?.users.byId(id)?.displayName ?? id,
    });
    return reply
      .header('content-type', 'application/pdf')
      .header('content-disposition', `attachment; filename="review-${unit}-${period}-${lang}.pdf"`)
      .header('cache-control', 'no-store')
      .send(pdf);
  });
};
