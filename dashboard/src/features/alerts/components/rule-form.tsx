import { type FormEvent, useState } from 'react';
import { UnitOptions } from '@/components/unit-options.tsx';
import { almatyToday } from '@/lib/dates/almaty-today.ts';
import { useMutation } from '@/lib/graphql/use-mutation.ts';
import type { MessageKey } from '@/lib/i18n/catalogue.ts';
import { useI18n } from '@/lib/i18n/i18n.tsx';
import { useIssueWords } from '@/lib/i18n/issues/use-issue-words.ts';
import { REGION_LABELS } from '@/lib/i18n/vocabulary.generated.ts';
import { CreateAlertRuleMutation } from '../api/alert-rules.ts';
import { ALERT_KPIS, COUNTRY, kpiLabelKey } from './alert-kpis.ts';

const isRegionUnit = (unit: string): boolean => Object.hasOwn(REGION_LABELS, unit);

const STATUSES = ['MET', 'AT_RISK', 'OFF_TRACK'] as const;
const KINDS = ['TARGET_STATUS', 'KPI_THRESHOLD', 'REGION_SILENT', 'RECURRENCE_APPEARED'] as const;
/** Kinds that watch neither a KPI nor a period: the form leaves those fields out. */
const WITHOUT_KPI: ReadonlySet<string> = new Set(['REGION_SILENT', 'RECURRENCE_APPEARED']);
const DIRECTIONS = ['ABOVE', 'BELOW'] as const;
type Status = (typeof STATUSES)[number];

const currentQuarter = (now: Date) => {
  const today = almatyToday(now);
  return `${today.slice(0, 4)}-Q${Math.floor((Number(today.slice(5, 7)) - 1) / 3) + 1}`;
};

/** A new target-status rule: which target, which statuses, and who besides the in-app list hears of it. */
export const RuleForm = ({ onCreated }: { readonly onCreated: () => void }) => {
  const { t, lang } = useI18n();
  const words = useIssueWords();
  /** The form's label for an issue's field (`condition.kpi` is the KPI picker); the path where there is none. */
  const fieldLabel = (path: string): string => {
    const last =
      path
        .split('.')
        .filter((part) => !/^\d+$/.test(part))
        .at(-1) ?? path;
    const labels: Record<string, MessageKey> = {
      name: 'alerts.form.name',
      statuses: 'alerts.form.statuses',
      emails: 'alerts.form.emails',
      webhookUrl: 'alerts.form.webhook',
      kind: 'alerts.form.kind',
      threshold: 'alerts.form.threshold',
      direction: 'alerts.form.direction',
      days: 'alerts.form.days',
      lang: 'alerts.form.mailLanguage',
    };
    const key = labels[last];
    return key ? t(key) : path;
  };
  const [values, setValues] = useState({
    name: '',
    kind: 'TARGET_STATUS' as (typeof KINDS)[number],
    threshold: '',
    days: '30',
    direction: 'ABOVE' as (typeof DIRECTIONS)[number],
    kpi: 'causesRemoved',
    unit: COUNTRY,
    period: currentQuarter(new Date()),
    statuses: ['OFF_TRACK'] as Status[],
    emails: '',
    webhookUrl: '',
    // The e-mails go in the language the rule's author reads, unless they choose another.
    mailLang: lang,
  });
  const [note, setNote] = useState<string | null>(null);
  const create = useMutation(CreateAlertRuleMutation);
  const change = (patch: Partial<typeof values>) => setValues({ ...values, ...patch });
  const toggle = (status: Status) =>
    change({
      statuses: values.statuses.includes(status)
        ? values.statuses.filter((s) => s !== status)
        : [...values.statuses, status],
    });

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const answer = (
      await create.run({
        input: {
          submissionId: crypto.randomUUID(),
          name: values.name,
          condition:
            values.kind === 'REGION_SILENT'
              ? { kind: values.kind, unit: values.unit, days: Number(values.days) }
              : values.kind === 'RECURRENCE_APPEARED'
                ? { kind: values.kind, unit: values.unit }
                : {
                    kind: values.kind,
                    kpi: values.kpi,
                    unit: values.unit,
                    period: values.period.trim(),
                    ...(values.kind === 'TARGET_STATUS'
                      ? { statuses: values.statuses }
                      : {
                          threshold: values.threshold === '' ? null : Number(values.threshold),
                          direction: values.direction,
                        }),
                  },
          recipients: {
            emails: values.emails
              .split(',')
              .map((e) => e.trim())
              .filter(Boolean),
            webhookUrl: values.webhookUrl.trim() || null,
            lang: values.mailLang,
          },
        },
      })
    ).createAlertRule;
    if (answer.__typename === 'AlertRuleSucceeded') {
      setNote(t('alerts.form.created'));
      change({ name: '' });
      onCreated();
    } else if (answer.__typename === 'AlertRuleValidationFailed') {
      setNote(answer.issues.map((i) => words.issue(i, fieldLabel(i.path))).join(' '));
    } else {
      setNote(words.refusal(answer.__typename));
    }
  };

  return (
    <form className="card alert-rule-form" onSubmit={submit}>
      <h2>{t('alerts.form.title')}</h2>
      <label>
        {t('alerts.form.name')}
        <input value={values.name} onChange={(e) => change({ name: e.target.value })} required />
      </label>
      {WITHOUT_KPI.has(values.kind) ? null : (
        <label>
          {t('targetForm.kpi')}
          <select value={values.kpi} onChange={(e) => change({ kpi: e.target.value })}>
            {ALERT_KPIS.map((kpi) => (
              <option key={kpi} value={kpi}>
                {t(kpiLabelKey(kpi)!)}
              </option>
            ))}
          </select>
        </label>
      )}
      <label>
        {t('targetForm.unit')}
        <select value={values.unit} onChange={(e) => change({ unit: e.target.value })}>
          {/* A body is watched by its KPIs and targets; silence and recurrences are counted by region. */}
          <UnitOptions countryLabel={t('alerts.country')} withBodies={!WITHOUT_KPI.has(values.kind)} />
        </select>
      </label>
      {values.kind === 'REGION_SILENT' ? (
        <label>
          {t('alerts.form.days')}
          <input
            type="number"
            min="1"
            max="366"
            value={values.days}
            onChange={(e) => change({ days: e.target.value })}
            required
          />
        </label>
      ) : values.kind === 'RECURRENCE_APPEARED' ? null : (
        <label>
          {t('targetForm.period')}
          <input value={values.period} onChange={(e) => change({ period: e.target.value })} required />
        </label>
      )}
      <label>
        {t('alerts.form.kind')}
        <select
          value={values.kind}
          onChange={(e) => {
            const kind = e.target.value as (typeof KINDS)[number];
            // Silence and recurrences are counted by region: a body chosen before gives way to the country.
            const keepsUnit = !WITHOUT_KPI.has(kind) || values.unit === COUNTRY || isRegionUnit(values.unit);
            change(keepsUnit ? { kind } : { kind, unit: COUNTRY });
          }}
        >
          {KINDS.map((kind) => (
            <option key={kind} value={kind}>
              {t(`alerts.kind.${kind}`)}
            </option>
          ))}
        </select>
      </label>
      {values.kind === 'KPI_THRESHOLD' ? (
        <>
          <label>
            {t('alerts.form.threshold')}
            <input
              type="number"
              step="any"
              value={values.threshold}
              onChange={(e) => change({ threshold: e.target.value })}
              required
            />
          </label>
          <label>
            {t('alerts.form.direction')}
            <select
              value={values.direction}
              onChange={(e) => change({ direction: e.target.value as (typeof DIRECTIONS)[number] })}
            >
              {DIRECTIONS.map((direction) => (
                <option key={direction} value={direction}>
                  {t(`alerts.direction.${direction}`)}
                </option>
              ))}
            </select>
          </label>
        </>
      ) : null}
      <fieldset hidden={values.kind !== 'TARGET_STATUS'}>
        <legend>{t('alerts.form.statuses')}</legend>
        {STATUSES.map((status) => (
          <label key={status}>
            <input
              type="checkbox"
              checked={values.statuses.includes(status)}
              onChange={() => toggle(status)}
            />{' '}
            {t(`target.status.${status}`)}
          </label>
        ))}
      </fieldset>
      <label>
        {t('alerts.form.emails')}
        <input value={values.emails} onChange={(e) => change({ emails: e.target.value })} />
      </label>
      <label>
        {t('alerts.form.mailLanguage')}
        <select
          value={values.mailLang}
          onChange={(e) => change({ mailLang: e.target.value as typeof values.mailLang })}
        >
          {(['ru', 'kk', 'en'] as const).map((code) => (
            <option key={code} value={code}>
              {t(`lang.${code}`)}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t('alerts.form.webhook')}
        <input
          type="url"
          value={values.webhookUrl}
          onChange={(e) => change({ webhookUrl: e.target.value })}
        />
      </label>
      <button type="submit" className="button button--primary" disabled={create.running}>
        {t('alerts.form.create')}
      </button>
      {note ? <p role="status">{note}</p> : null}
    </form>
  );
};
