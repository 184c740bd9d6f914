/** The targets' messages on the overview; kk and en must have exactly these keys. */
export const targetsRu = {
  'target.line': 'Цель {sign} {value} · {period}',
  'target.heldTo': 'на сегодня: {value}',
  'target.status.MET': 'выполнена',
  'target.status.AT_RISK': 'под угрозой',
  'target.status.OFF_TRACK': 'отстаёт',
  'target.status.none': 'нет данных',
  'league.targets': 'Цели',
  'targetForm.title': 'Цели по показателям',
  'targetForm.lead': 'Новая цель для того же показателя, территории и периода заменяет прежнюю.',
  'targetForm.kpi': 'Показатель',
  'targetForm.unit': 'Территория',
  'targetForm.country': 'Вся страна',
  'targetForm.period': 'Период (2026 или 2026-Q2)',
  'targetForm.value': 'Значение (для доли: от 0 до 1)',
  'targetForm.direction': 'Направление',
  'targetForm.AT_LEAST': 'не менее',
  'targetForm.AT_MOST': 'не более',
  'targetForm.set': 'Установить',
  'targetForm.withdraw': 'Отозвать',
  'targetForm.saved': 'Цель сохранена.',
  'targetForm.withdrawn': 'Цель отозвана.',
} as const;

export type TargetsMessageKey = keyof typeof targetsRu;
