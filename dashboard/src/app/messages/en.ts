import { importEn } from '@/components/import/messages/en.ts';
import { alertsEn } from '@/features/alerts/messages/en.ts';
import { chartsEn } from '@/features/charts/messages/en.ts';
import { targetsEn } from '@/features/overview/messages/en.ts';
import { unitsEn } from '@/features/overview/messages/units-en.ts';
import { reportSchedulesEn } from '@/features/report-schedules/messages/en.ts';
import { workspaceEn } from '@/features/workspace/messages/en.ts';
import { commonEn } from '@/lib/i18n/messages/en.ts';
import type { ru } from './ru.ts';

/** The app's catalogue in English, key for key as the Russian one. */
export const en: Record<keyof typeof ru, string> = {
  ...commonEn,
  ...workspaceEn,
  ...importEn,
  ...chartsEn,
  ...targetsEn,
  ...unitsEn,
  ...alertsEn,
  ...reportSchedulesEn,
};
