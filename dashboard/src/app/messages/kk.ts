import { importKk } from '@/components/import/messages/kk.ts';
import { alertsKk } from '@/features/alerts/messages/kk.ts';
import { chartsKk } from '@/features/charts/messages/kk.ts';
import { targetsKk } from '@/features/overview/messages/kk.ts';
import { unitsKk } from '@/features/overview/messages/units-kk.ts';
import { reportSchedulesKk } from '@/features/report-schedules/messages/kk.ts';
import { workspaceKk } from '@/features/workspace/messages/kk.ts';
import { commonKk } from '@/lib/i18n/messages/kk.ts';
import type { ru } from './ru.ts';

/** The app's catalogue in Kazakh, key for key as the Russian one. */
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
