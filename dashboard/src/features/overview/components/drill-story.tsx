import { useI18n } from '@/lib/i18n/i18n.tsx';
import { RIGHT_KIND_LABELS, TRANSFORMATION_KIND_LABELS } from '@/lib/i18n/vocabulary.generated.ts';
import type { DrillRow } from '../api/drill-down-query.ts';

type DrillEvent = DrillRow['events'][number];

/** A transformation's or a restored right's kind, in the interface language. */
export const useKindLabel = () => {
  const { lang } = useI18n();
  return (code: string): string => {
    const table: Record<string, Record<string, string> | undefined> = {
      ...RIGHT_KIND_LABELS,
      ...TRANSFORMATION_KIND_LABELS,
    };
    return table[code]?.[lang] ?? code;
  };
};

/**
 * What a counted thing is about, from its own events: the organization and process, the cause
 * category, and what the submitter wrote. A figure is explained by these, not by an id.
 */
export const DrillStory = ({ row }: { row: DrillRow }) => {
  const { t, cause, region, lang } = useI18n();
  // The latest event that names it wins: a reclassification moves a risk to another organization.
  const latest = (pick: (e: DrillEvent) => string | null | undefined) =>
    row.events
      .map(pick)
      .filter((v): v is string => Boolean(v))
      .at(-1) ?? null;
  const first = row.events[0];
  const organization = latest((e) => e.organization) ?? row.organization;
  const process = latest((e) => e.process);
  const category = latest((e) => e.causeCategory);
  const text = first?.text ?? null;
  return (
    <div className="drill__story">
      {/* An organization is a body of its region: the same name in two regions is two bodies. */}
      {organization ? (
        <p className="drill__organization">
          {organization} · {region(row.region)}
        </p>
      ) : null}
      {/* Whose work it is: the region's own, or a central body's that sits in the region. */}
      <p className="drill__unit">{t('drill.unit', { unit: unitName(row.unit, lang) })}</p>
      {process || category ? (
        <p className="drill__process">
          {[
            process ? `${t('drill.process')}: ${process}` : null,
            category ? `${t('drill.cause')}: ${cause(category)}` : null,
          ]
            .filter(Boolean)
            .join(' · ')}
        </p>
      ) : null}
      {text ? <p className="drill__text">{text}</p> : null}
      {row.subject === 'recommendation' ? <DueLine events={row.events} /> : null}
      {row.subject === 'right' && first ? <RestoredLine event={first} /> : null}
    </div>
  );
};

/** A reporting unit's name in the reader's language. */
const unitName = (unit: DrillRow['unit'], lang: string): string =>
  lang === 'kk' ? unit.nameKk : lang === 'en' ? unit.nameEn : unit.nameRu;

/** A recommendation's due date now, and the one it was issued with when it has been moved. */
const DueLine = ({ events }: { events: readonly DrillEvent[] }) => {
  const { t, fmt } = useI18n();
  const dues = events.map((e) => e.dueOn).filter((d): d is string => Boolean(d));
  const due = dues.at(-1);
  if (!due) return null;
  const issuedWith = dues[0]!;
  return (
    <p className="drill__due">
      {t('drill.due', { date: fmt.date(due) })}
      {issuedWith !== due ? ` (${t('drill.dueMoved', { date: fmt.date(issuedWith) })})` : null}
    </p>
  );
};

/** What a case restored: its kind, for how many people, and the money returned with it. */
const RestoredLine = ({ event }: { event: DrillEvent }) => {
  const { t, fmt } = useI18n();
  const kindLabel = useKindLabel();
  const parts = [
    event.kind ? kindLabel(event.kind) : null,
    event.peopleCount !== null && event.peopleCount !== undefined
      ? t('kpi.people', { value: fmt.integer(event.peopleCount) })
      : null,
    event.amountKzt !== null && event.amountKzt !== undefined ? fmt.kzt(event.amountKzt) : null,
  ].filter(Boolean);
  if (parts.length === 0) return null;
  return (
    <p className="drill__restored">
      {t('drill.restored')}: {parts.join(' · ')}
    </p>
  );
};

/** Under an event in the table: a transformation's kind and what it did, when it is not the subject's own text. */
export const EventNote = ({ event, subjectText }: { event: DrillEvent; subjectText: string | null }) => {
  const kindLabel = useKindLabel();
  const text = event.text && event.text !== subjectText ? event.text : null;
  if (!event.kind && !text) return null;
  return (
    <span className="drill__event-note">
      {event.kind ? <strong>{kindLabel(event.kind)}</strong> : null}
      {event.kind && text ? ': ' : null}
      {text}
    </span>
  );
};
