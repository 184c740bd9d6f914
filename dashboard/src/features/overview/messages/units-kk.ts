import type { UnitsMessageKey } from './units-ru.ts';

/** The league of central bodies and a body officer's page, in Kazakh. */
export const unitsKk: Record<UnitsMessageKey, string> = {
  'bodyLeague.title': 'Орталық мемлекеттік органдар рейтингі',
  'bodyLeague.lead':
    'Министрліктер мен агенттіктердің кезеңдегі жұмысы: тәуекел бір бөлімшеде — өзі енгізілген органда есептеледі; өңірлердің өз жұмысы өңірлер рейтингінде.',
  'bodyLeague.body': 'Орталық орган',
  'bodyLeague.empty': 'Кезеңде орталық органдар бірде-бір жазба енгізбеген.',
  'bodyPage.lead': 'Сіздің органыңыздың көрсеткіштері — тек өз жұмысы. Кезең: {from} — {to}',
  'bodyPage.empty': 'Кезеңде сіздің органыңыз бірде-бір жазба енгізбеген.',
  'nav.body': 'Менің органым',
};
