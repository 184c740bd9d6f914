import { importRu } from '@/components/import/messages/ru.ts';
import { alertsRu } from '@/features/alerts/messages/ru.ts';
import { chartsRu } from '@/features/charts/messages/ru.ts';
import { targetsRu } from '@/features/overview/messages/ru.ts';
import { unitsRu } from '@/features/overview/messages/units-ru.ts';
import { reportSchedulesRu } from '@/features/report-schedules/messages/ru.ts';
import { workspaceRu } from '@/features/workspace/messages/ru.ts';
import { commonRu } from '@/lib/i18n/messages/ru.ts';

/** The app's catalogue in Russian, the reference: the shared messages and each feature's own. */
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
