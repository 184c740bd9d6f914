import type { UnitsMessageKey } from './units-ru.ts';

/** The league of central bodies and a body officer's page, in English. */
export const unitsEn: Record<UnitsMessageKey, string> = {
  'bodyLeague.title': 'Central state bodies ranked',
  'bodyLeague.lead':
    "The ministries' and agencies' work in the period: a risk counts in one unit only, the body it was submitted for; the regions' own work is in the regions' league.",
  'bodyLeague.body': 'Central body',
  'bodyLeague.empty': 'No central body recorded anything in the period.',
  'bodyPage.lead': "Your body's figures: its own work only. Period: {from} to {to}",
  'bodyPage.empty': 'Your body recorded nothing in the period.',
  'nav.body': 'My body',
};
