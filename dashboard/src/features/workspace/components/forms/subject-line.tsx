import { useLocation } from 'react-router';
import { useI18n } from '@/lib/i18n/i18n.tsx';
import type { Subject } from '../../model/register.ts';

/** The risk or recommendation a correction is about, as the register row named it. */
export const useSubject = (): Subject | null =>
  ((useLocation().state as { subject?: Subject } | null)?.subject ?? null) as Subject | null;

export const SubjectLine = ({ subject, id }: { subject: Subject | null; id: string }) => {
  const { t } = useI18n();
  return (
    <p className="subject-line">
      {subject
        ? t('ws.form.forRisk', {
            organization: subject.organization,
            process: subject.process ?? subject.text ?? '',
          })
        : null}
      <span className="subject-line__id">{id}</span>
    </p>
  );
};
