import { readFileSync } from 'node:fs';
import rateLimit from '@fastify/rate-limit';
import { KpiQueryError, type PublicFigures, publicFigures } from '@kpi/projections';
import { almatyDate } from '@kpi/schema';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { PUBLIC_KPIS, PUBLIC_ROUTES } from '../identity/policy.ts';
import { isReportLanguage } from '../reports/labels.ts';
import type { AppProjections } from '../runtime/app-projections.ts';
import { FiguresCache } from './figures-cache.ts';
import { FIGURES_SCHEMA, figuresCsv, figuresJson } from './open-data.ts';
import { PUBLIC_LABELS } from './public-labels.ts';
import { type PageSettings, publicPage, refusedPage } from './public-page.ts';
import { offeredPeriods, type PublicRefusal, parsePublicRequest } from './public-request.ts';
import { publishedInstant, secondsUntilNextInstant } from './published-instant.ts';

export interface PublicPageOptions {
  readonly services: { readonly clock: () => Date; readonly projections?: AppProjections | undefined };
  readonly delayDays: number;
  readonly licence: string;
  /** Requests per client address per minute, over all public routes together. */
  readonly requestsPerMinute: number;
  readonly institution: { readonly ru: string; readonly kk: string; readonly en: string };
  /** The figures' cache; a test passes its own to count hits. */
  readonly cache?: FiguresCache;
}

const STYLESHEET = readFileSync(new URL('./public.css', import.meta.url), 'utf8');

type Answer =
  | { figures: PublicFigures; settings: PageSettings }
  | { refusal: PublicRefusal; settings: PageSettings };

/**
 * The public page and its open data (docs/public.md), for anyone, without a session: the routes
 * `identity/policy.ts` allows anonymously (`PUBLIC_ROUTES`), registered only when the page is on.
 * Every answer is the country's and the regions' published KPIs as known `delayDays` ago, served
 * from a cache keyed by that instant, and each client is held to a rate.
 */
export const registerPublicPage = async (app: FastifyInstance, options: PublicPageOptions): Promise<void> => {
  const cache = options.cache ?? new FiguresCache();
  await app.register(async (scope) => {
    await scope.register(rateLimit, { max: options.requestsPerMinute, timeWindow: 60_000 });

    const answer = (request: FastifyRequest, reply: FastifyReply): Answer | null => {
      const projections = options.services.projections;
      if (!projections?.runtime.ready()) {
        // Figures folded from half the log would be cached as if complete: wait for the read models.
        reply.header('retry-after', '10').status(503);
        return null;
      }
      const now = options.services.clock();
      const published = publishedInstant(now, options.delayDays);
      const parsed = parsePublicRequest(request.query as Record<string, unknown>, published);
      const lang = parsed.ok ? parsed.request.lang : parsed.lang;
      const settings: PageSettings = {
        lang,
        institution: options.institution[lang],
        delayDays: options.delayDays,
        licence: options.licence,
        periods: offeredPeriods(published),
      };
      reply.header('cache-control', `public, max-age=${secondsUntilNextInstant(now)}`);
      if (!parsed.ok) return { refusal: parsed.refusal, settings };
      const { period } = parsed.request;
      try {
        const figures = cache.get(published, period, () =>
          publicFigures(projections.readModels.kpi(), { period, asOf: published, kpis: PUBLIC_KPIS }),
        );
        return { figures, settings };
      } catch (error) {
        // The period's form was checked above: what is left is a period the figures do not reach yet.
        if (!(error instanceof KpiQueryError)) throw error;
        const refusal: PublicRefusal = {
          code: 'PERIOD_AFTER_PUBLISHED',
          parameter: 'period',
          message: error.message,
        };
        return { refusal, settings: { ...settings, periods: [almatyDate(published).slice(0, 4)] } };
      }
    };

    const refusedJson = (reply: FastifyReply, refusal: PublicRefusal) =>
      reply
        .status(400)
        .header('cache-control', 'no-store')
        .send({
          error: 'Bad Request',
          code: refusal.code,
          parameter: refusal.parameter,
          message: `${refusal.parameter}: ${refusal.message}`,
        });

    const unavailable = {
      error: 'Service Unavailable',
      message: 'the figures are being prepared; try again shortly',
    };

    scope.get(PUBLIC_ROUTES.page, async (request, reply) => {
      const result = answer(request, reply);
      reply.type('text/html; charset=utf-8');
      if (result === null) {
        // The reader's language is not yet checked: a known one is used, Russian otherwise.
        const { lang } = request.query as { lang?: unknown };
        return reply.send(PUBLIC_LABELS[isReportLanguage(lang) ? lang : 'ru'].preparing);
      }
      if ('refusal' in result) {
        const l = PUBLIC_LABELS[result.settings.lang];
        const day = almatyDate(publishedInstant(options.services.clock(), options.delayDays));
        const text = {
          PERIOD_AFTER_PUBLISHED: l.periodAfter(day),
          PERIOD_FORMAT: l.periodFormat,
          LANGUAGE: l.languageChoice,
        }[result.refusal.code];
        return reply.status(400).header('cache-control', 'no-store').send(refusedPage(result.settings, text));
      }
      return reply.send(publicPage(result.figures, result.settings));
    });

    scope.get(PUBLIC_ROUTES.json, async (request, reply) => {
      const result = answer(request, reply);
      if (result === null) return reply.send(unavailable);
      if ('refusal' in result) return refusedJson(reply, result.refusal);
      return reply
        .header('content-disposition', `attachment; filename="${fileName(result.figures)}.json"`)
        .send(figuresJson(result.figures, options.licence));
    });

    scope.get(PUBLIC_ROUTES.csv, async (request, reply) => {
      const result = answer(request, reply);
      if (result === null) return reply.send(unavailable);
      if ('refusal' in result) return refusedJson(reply, result.refusal);
      return reply
        .type('text/csv; charset=utf-8')
        .header('content-disposition', `attachment; filename="${fileName(result.figures)}.csv"`)
        .send(figuresCsv(result.figures, options.licence));
    });

    scope.get(PUBLIC_ROUTES.schema, async (_request, reply) =>
      reply
        .type('application/schema+json')
        .header('cache-control', 'public, max-age=3600')
        .send(FIGURES_SCHEMA),
    );

    scope.get(PUBLIC_ROUTES.stylesheet, async (_request, reply) =>
      reply.type('text/css; charset=utf-8').header('cache-control', 'public, max-age=3600').send(STYLESHEET),
    );
  });
};

/** `kpi-2026-as-of-2026-10-06T08` : the period and the published hour, so two downloads never collide. */
const fileName = (figures: PublicFigures) => `kpi-${figures.period}-as-of-${figures.asOf.slice(0, 13)}`;
