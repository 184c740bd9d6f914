import type { AlertRecipients } from '@kpi/schema';
import { describe, expect, it } from 'vitest';
import type { AlertRuleView, FiringView } from './alert-log-state.ts';
import { alertMail } from './alert-message.ts';

const rule = (recipients: AlertRecipients, condition: AlertRuleView['condition']): AlertRuleView => ({
  ruleId: 'rule-1',
  name: 'Актобе: цель',
  condition,
  recipients,
  muted: false,
  deleted: false,
  createdBy: 'chair',
  createdAt: '2026-06-01T00:00:00.000Z',
  updatedAt: '2026-06-01T00:00:00.000Z',
  revision: 0,
});
const target: AlertRuleView['condition'] = {
  kind: 'TARGET_STATUS',
  kpi: 'causesRemoved',
  unit: 'KZ-15',
  period: '2026-Q2',
  statuses: ['MET'],
};
const firing: FiringView = {
  eventId: 'event-1',
  kind: 'FIRED',
  ruleId: 'rule-1',
  sequence: 1,
  unit: 'KZ-15',
  numbers: {
    status: 'MET',
    actual: 2,
    heldTo: 1,
    value: 1,
    judgedFrom: '2026-04-01',
    judgedTo: '2026-06-10',
  },
  link: '/overview?region=KZ-15',
  judgedAt: { kpi: 10, targets: 2 },
  recordedAt: '2026-06-10T05:00:00.000Z',
  position: 12,
};
const URL = 'https://kpi.agency.kz';
/** Latin words a ru or kk reader may meet in the mail: the product's tag, the link and the codes. */
const latinWords = (text: string) =>
  text
    .replace(/https:\/\/\S+/g, '')
    .replace(/\[KPI\]|KZ-\d+|\d{4}-Q\d/g, '')
    .match(/[A-Za-z]{2,}/g) ?? [];

describe('an alert e-mail', () => {
  it('is written in Russian when the rule names no language, with the KPI, unit and status by name', () => {
    const mail = alertMail(rule({ emails: ['a@b.kz'], webhookUrl: null }, target), firing, URL);
    expect(mail.subject).toBe(
      '[KPI] Оповещение: Актобе: цель (Актюбинская область, Устранено причин, 2026-Q2)',
    );
    expect(mail.text).toContain('Статус цели: выполнена (оповещение при статусе: выполнена)');
    expect(mail.text).toContain('Факт: 2; к сегодняшнему дню: 1; цель: 1');
    expect(latinWords(`${mail.subject}\n${mail.text}`)).toEqual([]);
  });

  it("names a central body by its name in the mail's language", () => {
    const onBody = { ...target, unit: 'MIN-HEALTH' };
    const bodyFiring = { ...firing, unit: 'MIN-HEALTH', link: '/overview' };
    const ru = alertMail(rule({ emails: ['a@b.kz'], webhookUrl: null }, onBody), bodyFiring, URL);
    expect(ru.subject).toContain('(Министерство здравоохранения, Устранено причин, 2026-Q2)');
    // Its code, like a region's, may stand beside the name; no other Latin word.
    expect(latinWords(`${ru.subject}\n${ru.text}`.replaceAll('MIN-HEALTH', ''))).toEqual([]);
    const en = alertMail(rule({ emails: ['a@b.kz'], webhookUrl: null, lang: 'en' }, onBody), bodyFiring, URL);
    expect(en.subject).toContain('Ministry of Health');
  });

  it('is written in Kazakh or English when the rule names it', () => {
    const kk = alertMail(rule({ emails: ['a@b.kz'], webhookUrl: null, lang: 'kk' }, target), firing, URL);
    expect(kk.subject).toContain('Хабарлама');
    expect(kk.text).toContain('Мақсат мәртебесі: орындалды');
    expect(latinWords(`${kk.subject}\n${kk.text}`)).toEqual([]);
    const en = alertMail(rule({ emails: ['a@b.kz'], webhookUrl: null, lang: 'en' }, target), firing, URL);
    expect(en.text).toContain('Target status: met (alert on met)');
  });

  it('names a silent region and a cleared rule in the rule’s language', () => {
    const silent = rule(
      { emails: [], webhookUrl: null, lang: 'kk' },
      { kind: 'REGION_SILENT', unit: 'KZ-15', days: 7 },
    );
    const mail = alertMail(
      silent,
      { ...firing, kind: 'CLEARED', numbers: { ...firing.numbers, status: null } },
      URL,
    );
    expect(mail.subject).toMatch(/^\[KPI\] Алынды: .*7 күн жазба жоқ\)$/);
    expect(latinWords(`${mail.subject}\n${mail.text}`)).toEqual([]);
  });
});
