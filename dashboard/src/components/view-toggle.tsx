import { useI18n } from '@/lib/i18n/i18n.tsx';

export type ViewMode = 'chart' | 'table';

/** Chart or table: the table is every chart's text alternative, one key press away. */
export const ViewToggle = ({
  mode,
  onChange,
  label,
}: {
  mode: ViewMode;
  onChange: (m: ViewMode) => void;
  label: string;
}) => {
  const { t } = useI18n();
  return (
    <fieldset className="view-toggle">
      <legend className="visually-hidden">
        {t('common.viewAs')}: {label}
      </legend>
      {(['chart', 'table'] as const).map((m) => (
        <button
          key={m}
          type="button"
          aria-pressed={mode === m}
          onClick={() => onChange(m)}
          className="view-toggle__option"
        >
          {t(m === 'chart' ? 'common.chart' : 'common.table')}
        </button>
      ))}
    </fieldset>
  );
};
