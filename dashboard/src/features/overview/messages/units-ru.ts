/** The league of central bodies and a body officer's page, in Russian. */
export const unitsRu = {
  'bodyLeague.title': 'Рейтинг центральных государственных органов',
  'bodyLeague.lead':
    'Работа министерств и агентств за период: риск учитывается в одном подразделении — в органе, для которого он внесён; собственная работа регионов — в рейтинге регионов.',
  'bodyLeague.body': 'Центральный орган',
  'bodyLeague.empty': 'За период центральные органы не внесли ни одной записи.',
  'bodyPage.lead': 'Показатели вашего органа — только его собственная работа. Период: {from} — {to}',
  'bodyPage.empty': 'За период ваш орган не внёс ни одной записи.',
  'nav.body': 'Мой орган',
} as const;

export type UnitsMessageKey = keyof typeof unitsRu;
