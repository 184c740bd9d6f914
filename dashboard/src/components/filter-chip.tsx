import { useI18n } from '@/lib/i18n/i18n.tsx';

/** A filter in force, named, with one press to remove it. */
export const FilterChip = ({
  label,
  value,
  onRemove,
}: {
  readonly label: string;
  readonly value: string;
  readonly onRemove: () => void;
}) => {
  const { t } = useI18n();
  return (
    <span className="filter-chip">
      <span>{t('filters.chip', { label, value })}</span>
      <button
        type="button"
        className="filter-chip__remove"
        onClick={onRemove}
        aria-label={t('filters.chip.remove', { value })}
        title={t('filters.chip.remove', { value })}
      >
        ×
      </button>
    </span>
  );
};
