import { REGIONS, type Region } from '@kpi/schema';
import { builder } from '../builder.ts';

// The smallest useful query: proves the API answers, and lets any client list the regions.
const RegionType = builder.objectRef<Region>('Region').implement({
  description: 'A first-level unit: 17 oblasts and 3 cities of republican significance.',
  fields: (t) => ({
    code: t.exposeString('code', { description: 'ISO 3166-2:KZ code, e.g. KZ-71.' }),
    kato: t.exposeString('kato'),
    nameRu: t.string({ resolve: (r) => r.name.ru }),
    nameKk: t.string({ resolve: (r) => r.name.kk }),
    nameEn: t.string({ resolve: (r) => r.name.en }),
  }),
});

builder.queryField('regions', (t) =>
  t.field({
    type: [RegionType],
    description: "Kazakhstan's 20 regions with ISO 3166-2:KZ codes.",
    authScopes: { signedIn: true },
    resolve: () => [...REGIONS],
  }),
);
