import { type FormEvent, useState } from 'react';
import { Link } from 'react-router';
import { UnitOptions } from '@/components/unit-options.tsx';
import { useMutation } from '@/lib/graphql/use-mutation.ts';
import { useI18n } from '@/lib/i18n/i18n.tsx';
import type { IssueLike } from '@/lib/i18n/issues/issue-text.ts';
import { useIssueWords } from '@/lib/i18n/issues/use-issue-words.ts';
import { SetTargetMutation } from '../api/set-target-mutation.ts';
import { WithdrawTargetMutation } from '../api/withdraw-target-mutation.ts';
import { almatyToday } from '../model/filters.ts';
import { metaOf } from '../model/kpi-meta.ts';
import { COUNTRY } from '../model/targets.ts';

/** The KPIs a chair sets targets for from the overview (any KPI can be set through the API). */
const TARGET_KPIS = [
  'causesRemoved',
  'removalRate',
  'medianDaysToRemoval',
  'recurrenceRate',
  'rightsRestoredCases',
  'recommendationsOverdue',
] as const;

const currentQuarter = (today: string) =>
  `${today.slice(0, 4)}-Q${Math.floor((Number(today.slice(5, 7)) - 1) / 3) + 1}`;

interface Answer {
  readonly __typename: string;
  readonly issues?: readonly IssueLike[];
}

/** The chair's form: set (or replace) a target, or withdraw the one in force for the same key. */
export const TargetForm = ({ onChanged }: { readonly onChanged: () => void }) => {
  const { t } = useI18n();
  const words = useIssueWords();
  const FIELDS = ['kpi', 'unit', 'period', 'value', 'direction'] as const;
  const fieldLabel = (path: string) => {
    const field = FIELDS.find((f) => path === f || path.startsWith(`${f}.`));
    return field ? t(`targetForm.${field}`) : path;
  };
  const today = almatyToday(new Date());
  const [values, setValues] = useState({
    kpi: 'causesRemoved',
    unit: COUNTRY,
    period: currentQuarter(today),
    value: '',
    direction: 'AT_LEAST' as 'AT_LEAST' | 'AT_MOST',
  });
  const [note, setNote] = useState<string | null>(null);
  const set = useMutation(SetTargetMutation);
  const withdraw = useMutation(WithdrawTargetMutation);
  const key = { kpi: values.kpi, unit: values.unit, period: values.period.trim(), occurredOn: today };

  const report = (answer: Answer, done: string) => {
    if (answer.__typename.endsWith('Succeeded')) {
      setNote(done);
      onChanged();
    } else {
      setNote(
        answer.issues?.map((i) => words.issue(i, fieldLabel(i.path))).join(' ') ??
          words.refusal(answer.__typename),
      );
    }
  };
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const input = {
      ...key,
      submissionId: crypto.randomUUID(),
      value: Number(values.value),
      direction: values.direction,
    };
    report((await set.run({ input })).setTarget, t('targetForm.saved'));
  };
  const remove = async () => {
    report(
      (await withdraw.run({ input: { ...key, submissionId: crypto.randomUUID() } })).withdrawTarget,
      t('targetForm.withdrawn'),
    );
  };
  const change = (patch: Partial<typeof values>) => setValues({ ...values, ...patch });

  return (
    <details className="card">
      <summary>{t('targetForm.title')}</summary>
      <p>
        {t('targetForm.lead')} <Link to="/targets">{t('targetForm.importLink')}</Link>
      </p>
      <form className="target-form" onSubmit={submit}>
        <label>
          {t('targetForm.kpi')}
          <select value={values.kpi} onChange={(e) => change({ kpi: e.target.value })}>
            {TARGET_KPIS.map((kpi) => (
              <option key={kpi} value={kpi}>
                {t(metaOf(kpi).label)}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('targetForm.unit')}
          <select value={values.unit} onChange={(e) => change({ unit: e.target.value })}>
            <UnitOptions countryLabel={t('targetForm.country')} withBodies />
          </select>
        </label>
        <label>
          {t('targetForm.period')}
          <input value={values.period} onChange={(e) => change({ period: e.target.value })} required />
        </label>
        <label>
          {t('targetForm.direction')}
          <select
            value={values.direction}
            onChange={(e) => change({ direction: e.target.value as 'AT_LEAST' | 'AT_MOST' })}
          >
            <option value="AT_LEAST">{t('targetForm.AT_LEAST')}</option>
            <option value="AT_MOST">{t('targetForm.AT_MOST')}</option>
          </select>
        </label>
        <label>
          {t('targetForm.value')}
          <input
            type="number"
            step="any"
            value={values.value}
            onChange={(e) => change({ value: e.target.value })}
            required
          />
        </label>
        <button type="submit" className="button button--primary" disabled={set.running}>
          {t('targetForm.set')}
        </button>
        <button type="button" className="button" disabled={withdraw.running} onClick={remove}>
          {t('targetForm.withdraw')}
        </button>
      </form>
      {note ? <p role="status">{note}</p> : null}
    </details>
  );
};
