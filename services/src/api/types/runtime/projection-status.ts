import { STATUS_READERS } from '../../../identity/policy.ts';
import type { ProjectionStatus } from '../../../runtime/projection-runtime.ts';
import { builder } from '../../builder.ts';

const ProjectionStateEnum = builder.enumType('ProjectionState', {
  description: 'Where a projection stands in following the log.',
  values: {
    CATCHING_UP: {
      value: 'catching_up',
      description: 'Reading the log up to its head (also after a dropped subscription).',
    },
    LIVE: { value: 'live', description: 'At the head, applying appends as they arrive.' },
    REBUILDING: {
      value: 'rebuilding',
      description: 'Folding the log again from the start; queries answer from the previous state meanwhile.',
    },
    STOPPED: { value: 'stopped' },
    FAILED: { value: 'failed', description: 'The fold raised; `error` says where and why.' },
  } as const,
});

const ProjectionStatusRef = builder.objectRef<ProjectionStatus>('ProjectionStatus').implement({
  description: 'A read model: how far it has followed the log, and whether it is healthy.',
  fields: (t) => ({
    name: t.exposeString('name'),
    state: t.field({ type: ProjectionStateEnum, resolve: (s) => s.state }),
    checkpoint: t.exposeFloat('checkpoint', { description: 'Log position of the last event it contains.' }),
    headPosition: t.exposeFloat('headPosition', { description: 'Log position of the last event stored.' }),
    lag: t.exposeFloat('lag', { description: 'Events it handles that are stored but not yet applied.' }),
    caughtUp: t.exposeBoolean('caughtUp', { description: 'Has reached the head since the server started.' }),
    restarts: t.exposeInt('restarts', {
      description: 'Times its subscription dropped and was re-established.',
    }),
    error: t.exposeString('error', { nullable: true }),
    lastAppliedAt: t.field({ type: 'DateTime', nullable: true, resolve: (s) => s.lastAppliedAt }),
  }),
});

builder.queryField('projections', (t) =>
  t.field({
    type: [ProjectionStatusRef],
    description: 'Every read model with its state and lag behind the log.',
    authScopes: { role: [...STATUS_READERS] },
    resolve: async (_root, _args, ctx) => (await ctx.services.projections?.runtime.statuses()) ?? [],
  }),
);
