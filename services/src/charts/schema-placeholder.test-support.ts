import { builder } from '../api/builder.ts';

// GraphQL refuses a schema whose Subscription type has no field; until the live-updates
// subscription is registered, the tests give it one so that the schema builds.
builder.subscriptionField('chartsTestTick', (t) =>
  t.boolean({
    authScopes: { signedIn: true },
    subscribe: async function* () {
      yield true;
    },
    resolve: (value: boolean) => value,
  }),
);
