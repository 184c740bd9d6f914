import { useCentralBodies } from '@/lib/catalogue/central-bodies.ts';
import { useI18n } from '@/lib/i18n/i18n.tsx';
import { REGION_LABELS } from '@/lib/i18n/vocabulary.generated.ts';

/** The country's code: a unit of its own beside the regions and the bodies. */
const COUNTRY = 'KZ';

/**
 * The units a chair governs, as a select's options: the country, the regions, and, where the
 * command takes one, the central state bodies of the catalogue as it stands (added ones too),
 * each named in the reader's language.
 */
export const UnitOptions = ({
  countryLabel,
  withBodies,
}: {
  readonly countryLabel: string;
  readonly withBodies: boolean;
}) => {
  const { t, region, lang } = useI18n();
  const bodies = useCentralBodies(!withBodies);
  return (
    <>
      <option value={COUNTRY}>{countryLabel}</option>
      <optgroup label={t('units.regions')}>
        {Object.keys(REGION_LABELS).map((code) => (
          <option key={code} value={code}>
            {region(code)}
          </option>
        ))}
      </optgroup>
      {withBodies && bodies.length > 0 ? (
        <optgroup label={t('units.bodies')}>
          {[...bodies]
            .sort((a, b) => a.name[lang].localeCompare(b.name[lang], lang))
            .map((body) => (
              <option key={body.code} value={body.code}>
                {body.name[lang]}
              </option>
            ))}
        </optgroup>
      ) : null}
    </>
  );
};
