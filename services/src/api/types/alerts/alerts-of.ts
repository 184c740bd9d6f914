import { GraphQLError } from 'graphql';
import type { Alerts } from '../../../alerts/alerts.ts';
import type { ApiContext } from '../../context.ts';

/** The running alerts, or an UNAVAILABLE error when this API was built without them. */
export const alertsOf = (ctx: ApiContext): Alerts => {
  const alerts = ctx.services.alerts;
  if (!alerts) throw new GraphQLError('alerts are not running', { extensions: { code: 'UNAVAILABLE' } });
  return alerts;
};
