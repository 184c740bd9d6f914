/** The levels LOG_LEVEL accepts (pino's). */
export type LogLevel = 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace' | 'silent';

/**
 * Fastify's logger (pino) configured for operators: one JSON object per line on stdout, the level
 * as a word, the time as an ISO instant, the service named, and credentials never written even
 * when a request is logged in full at debug level. Pass as `Fastify({ logger: loggerOptions(level) })`.
 */
export const loggerOptions = (level: LogLevel, service = 'kpi-api') => ({
  level,
  base: { service, pid: process.pid },
  timestamp: () => `,"time":"${new Date().toISOString()}"`,
  formatters: { level: (label: string) => ({ level: label }) },
  redact: {
    paths: [
      'req.headers.authorization',
      'req.headers.cookie',
      'res.headers["set-cookie"]',
      'password',
      '*.password',
    ],
    censor: '[redacted]',
  },
});
