import { businessDate } from '@kpi/schema';
import { GraphQLError } from 'graphql';
import { builder } from '../builder.ts';

builder.scalarType('Date', {
  description: 'A calendar day in Asia/Almaty, written YYYY-MM-DD.',
  serialize: (value) => value,
  parseValue: (value) => {
    const parsed = businessDate.safeParse(value);
    if (!parsed.success) throw new GraphQLError('Date must be a calendar date written YYYY-MM-DD');
    return parsed.data;
  },
});

builder.scalarType('JSONObject', {
  description: 'A JSON object: a command’s data as a form holds it, before the typed input would accept it.',
  serialize: (value) => value,
  parseValue: (value) => {
    if (value === null || typeof value !== 'object' || Array.isArray(value))
      throw new GraphQLError('JSONObject must be a JSON object');
    return value as Record<string, unknown>;
  },
});

builder.scalarType('DateTime', {
  description: 'An instant, ISO 8601 with offset.',
  serialize: (value) => (value instanceof Date ? value.toISOString() : value),
  parseValue: (value) => {
    const date = typeof value === 'string' ? new Date(value) : new Date(Number.NaN);
    if (Number.isNaN(date.getTime())) throw new GraphQLError('DateTime must be an ISO 8601 instant');
    return date;
  },
});
