import { importEn } from '@/components/import/messages/en.ts';
import { importKk } from '@/components/import/messages/kk.ts';
import { importRu } from '@/components/import/messages/ru.ts';
import { alertsEn } from '@/features/alerts/messages/en.ts';
import { alertsKk } from '@/features/alerts/messages/kk.ts';
import { alertsRu } from '@/features/alerts/messages/ru.ts';
import { chartsEn } from '@/features/charts/messages/en.ts';
import { chartsKk } from '@/features/charts/messages/kk.ts';
import { chartsRu } from '@/features/charts/messages/ru.ts';
import { targetsEn } from '@/features/overview/messages/en.ts';
import { targetsKk } from '@/features/overview/messages/kk.ts';
import { targetsRu } from '@/features/overview/messages/ru.ts';
import { unitsEn } from '@/features/overview/messages/units-en.ts';
import { unitsKk } from '@/features/overview/messages/units-kk.ts';
import { unitsRu } from '@/features/overview/messages/units-ru.ts';
import { reportSchedulesEn } from '@/features/report-schedules/messages/en.ts';
import { reportSchedulesKk } from '@/features/report-schedules/messages/kk.ts';
import { reportSchedulesRu } from '@/features/report-schedules/messages/ru.ts';
import { workspaceEn } from '@/features/workspace/messages/en.ts';
import { workspaceKk } from '@/features/workspace/messages/kk.ts';
import { workspaceRu } from '@/features/workspace/messages/ru.ts';
import { commonEn } from '@/lib/i18n/messages/en.ts';
import { commonKk } from '@/lib/i18n/messages/kk.ts';
import { commonRu } from '@/lib/i18n/messages/ru.ts';

/** The app's catalogue in each language: the shared messages and each feature's own. */
export const ru = {
  ...commonRu,
  ...workspaceRu,
  ...importRu,
  ...chartsRu,
  ...targetsRu,
  ...unitsRu,
  ...alertsRu,
  ...reportSchedulesRu,
} as const;
export const kk: Record<keyof typeof ru, string> = {
  ...commonKk,
  ...workspaceKk,
  ...importKk,
  ...chartsKk,
  ...targetsKk,
  ...unitsKk,
  ...alertsKk,
  ...reportSchedulesKk,
};
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

export const CATALOGUES = { ru, kk, en };

declare module '@/lib/i18n/catalogue.ts' {
  interface Register {
    readonly messages: typeof ru;
  }
}
