import { useState } from 'react';
import { dayPattern, formatDayText, parseDayText } from '@/lib/i18n/day-text.ts';
import { useI18n } from '@/lib/i18n/i18n.tsx';
import type { Lang } from '@/lib/i18n/lang.ts';

interface DayFilterFieldProps {
  readonly id: string;
  readonly label: string;
  /** An ISO day, or null when the filter is not set. */
  readonly value: string | null;
  readonly min?: string | null;
  readonly max?: string | null;
  /** Emptying the field clears the filter (null); otherwise an empty field changes nothing. */
  readonly clearable?: boolean;
  readonly labelTitle?: string;
  readonly describedBy?: string;
  readonly className?: string;
  readonly onChange: (day: string | null) => void;
}

type Problem = { key: 'filters.dayNotADay' | 'filters.dayTooEarly' | 'filters.dayTooLate'; day?: string };

const problemOf = (
  text: string,
  day: string | null,
  min?: string | null,
  max?: string | null,
): Problem | null => {
  if (text.trim() === '') return null;
  if (day === null) return { key: 'filters.dayNotADay' };
  if (min && day < min) return { key: 'filters.dayTooEarly', day: min };
  if (max && day > max) return { key: 'filters.dayTooLate', day: max };
  return null;
};

/**
 * A filter's day, typed as the app's language writes it (ДД.ММ.ГГГГ, MM/DD/YYYY), not the
 * browser's: Chromium's `type="date"` follows the browser's language whatever the page says. A
 * day lands in the filter once it is whole and within bounds; until then the field says why not.
 */
export const DayFilterField = ({
  id,
  label,
  value,
  min,
  max,
  clearable = false,
  labelTitle,
  describedBy,
  className = 'filter-bar__group',
  onChange,
}: DayFilterFieldProps) => {
  const { t, lang, fmt } = useI18n();
  const pattern = dayPattern(lang);
  // What was typed over this value in this language; a new value (a preset, a reset) or another
  // language shows the filter's day again.
  const [typed, setTyped] = useState<{ text: string; lang: Lang; over: string | null } | null>(null);
  const text =
    typed && typed.lang === lang && typed.over === value ? typed.text : formatDayText(value ?? '', lang);
  const problem = typed && typed.over === value ? problemOf(text, parseDayText(text, lang), min, max) : null;
  const errorId = `${id}-problem`;
  return (
    <div className={className}>
      <label className="field__label" htmlFor={id} title={labelTitle}>
        {label}
      </label>
      <input
        id={id}
        lang={lang}
        inputMode="numeric"
        autoComplete="off"
        placeholder={pattern}
        size={11}
        maxLength={10}
        value={text}
        aria-invalid={problem ? true : undefined}
        aria-describedby={[describedBy, problem ? errorId : null].filter(Boolean).join(' ') || undefined}
        onChange={(e) => {
          const next = e.target.value;
          const day = parseDayText(next, lang);
          setTyped({ text: next, lang, over: value });
          if (next.trim() === '') {
            if (clearable) onChange(null);
          } else if (day !== null && problemOf(next, day, min, max) === null) onChange(day);
        }}
      />
      {problem ? (
        <span id={errorId} className="field__error" role="alert">
          {t(problem.key, { pattern, day: problem.day ? fmt.date(problem.day) : '' })}
        </span>
      ) : null}
    </div>
  );
};
