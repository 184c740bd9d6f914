/** The league of central bodies and a body officer's page, in Russian. */
export const unitsRu = {
  'bodyLeague.title': 'Рейтинг центральных государственных органов',
  'bodyLeague.lead':
    'Работа министерств и агентств за период: риск учитывается в одном подразделении — в органе, для которого он внесён; собственная работа регионов — в рейтинге регионов.',
  'bodyLeague.body': 'Центральный орган',
  'bodyLeague.empty': 'За период центральные органы не внесли ни одной записи.',
} as const;

export type UnitsMessageKey = keyof typeof unitsRu;
