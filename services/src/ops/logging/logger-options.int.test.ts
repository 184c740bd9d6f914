import { Writable } from 'node:stream';
import Fastify from 'fastify';
import { describe, expect, it } from 'vitest';
import { createOpsMetrics } from '../metrics/ops-metrics.ts';
import { registerMetrics } from '../metrics/register-metrics.ts';
import { loggerOptions } from './logger-options.ts';

const capture = () => {
  const lines: Record<string, unknown>[] = [];
  const stream = new Writable({
    write(chunk, _encoding, done) {
      for (const line of String(chunk).split('\n').filter(Boolean)) lines.push(JSON.parse(line));
      done();
    },
  });
  return { lines, stream };
};

describe('structured logs', () => {
  it('writes JSON lines with level words, ISO times and the correlation id of every request', async () => {
    const { lines, stream } = capture();
    const app = Fastify({ logger: { ...loggerOptions('info'), stream } });
    await registerMetrics(app, { metrics: createOpsMetrics({ processMetrics: false }) });
    app.post('/graphql', async (request) => {
      request.log.info({ password: 'secret-123' }, 'handled');
      return { data: {} };
    });
    const response = await app.inject({
      method: 'POST',
      url: '/graphql',
      headers: { authorization: 'Bearer top-secret' },
      payload: { query: 'mutation { identifyRisk { __typename } }' },
    });
    const correlationId = response.headers['x-correlation-id'];
    await app.close();

    const ofRequest = lines.filter((l) => l.correlationId === correlationId);
    expect(ofRequest.map((l) => l.msg)).toEqual(expect.arrayContaining(['handled', 'graphql operation']));
    const handled = ofRequest.find((l) => l.msg === 'handled')!;
    expect(handled).toMatchObject({ level: 'info', service: 'kpi-api', password: '[redacted]' });
    expect(new Date(String(handled.time)).toISOString()).toBe(handled.time);
    expect(ofRequest.find((l) => l.msg === 'graphql operation')).toMatchObject({
      operation: 'identifyRisk',
      operationType: 'mutation',
      statusCode: 200,
    });
    expect(JSON.stringify(lines)).not.toContain('top-secret');
  });

  it('honours the level: debug lines only at debug', async () => {
    const quiet = capture();
    const app = Fastify({ logger: { ...loggerOptions('warn'), stream: quiet.stream } });
    app.get('/x', async (request) => {
      request.log.info('not shown');
      request.log.warn('shown');
      return 'x';
    });
    await app.inject({ method: 'GET', url: '/x' });
    await app.close();
    expect(quiet.lines.map((l) => l.msg)).toEqual(['shown']);
  });
});
