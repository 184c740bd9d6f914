import { useI18n } from '@/lib/i18n/i18n.tsx';
import { REGION_LABELS, SPHERE_LABELS } from '@/lib/i18n/vocabulary.generated.ts';

interface VocabularySelectProps {
  /** The control's id, which its label names. */
  readonly id: string;
  readonly value: string | null;
  /** The chosen code, or null for "all". */
  readonly onChange: (code: string | null) => void;
}

/**
 * A filter on one region, labelled, with "all regions" first and the regions in the reader's
 * alphabet: the overview's and the board's filter bars offer the same choice.
 */
export const RegionSelect = ({ id, value, onChange }: VocabularySelectProps) => {
  const { t, region } = useI18n();
  return (
    <div className="filter-bar__group">
      <label className="field__label" htmlFor={id}>
        {t('filters.region')}
      </label>
      <select id={id} value={value ?? ''} onChange={(e) => onChange(e.target.value || null)}>
        <option value="">{t('filters.allRegions')}</option>
        {Object.keys(REGION_LABELS)
          .sort((a, b) => region(a).localeCompare(region(b)))
          .map((code) => (
            <option key={code} value={code}>
              {region(code)}
            </option>
          ))}
      </select>
    </div>
  );
};

/** A filter on one sphere, labelled, with "all spheres" first. */
export const SphereSelect = ({ id, value, onChange }: VocabularySelectProps) => {
  const { t, sphere } = useI18n();
  return (
    <div className="filter-bar__group">
      <label className="field__label" htmlFor={id}>
        {t('filters.sphere')}
      </label>
      <select id={id} value={value ?? ''} onChange={(e) => onChange(e.target.value || null)}>
        <option value="">{t('filters.allSpheres')}</option>
        {Object.keys(SPHERE_LABELS).map((code) => (
          <option key={code} value={code}>
            {sphere(code)}
          </option>
        ))}
      </select>
    </div>
  );
};
