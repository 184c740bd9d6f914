import { useI18n } from '@/lib/i18n/i18n.tsx';
import { REGION_LABELS } from '@/lib/i18n/vocabulary.generated.ts';
import type { FieldIssue } from '../model/field-issues.ts';
import { Field } from './field.tsx';

export interface WorkRegion {
  readonly value: string;
  readonly set: (region: string) => void;
  readonly label: string;
  readonly issue: FieldIssue | undefined;
}

/** A central body's form: the region where the work sits (the body's seat, Astana, for national work). */
export const WorkRegionField = ({ region }: { region: WorkRegion }) => {
  const { t, region: name } = useI18n();
  return (
    <Field
      id="f-region"
      label={region.label}
      hint={t('ws.field.workRegion.hint')}
      issue={region.issue}
      required
    >
      {(c) => (
        <select {...c} value={region.value} onChange={(e) => region.set(e.target.value)}>
          <option value="">{t('ws.field.workRegion.choose')}</option>
          {Object.keys(REGION_LABELS).map((code) => (
            <option key={code} value={code}>
              {name(code)}
            </option>
          ))}
        </select>
      )}
    </Field>
  );
};
