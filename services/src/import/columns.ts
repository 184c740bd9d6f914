import {
  CAUSE_CATEGORIES,
  type Label,
  REGIONS,
  RIGHT_RESTORED_KINDS,
  RISK_SOURCES,
  SPHERES,
  TRANSFORMATION_KINDS,
} from '@kpi/schema';
import { COMMAND_EVENT, type CommandType, isTargetCommand } from '../commands/command.ts';
import type { ImportScope } from '../identity/policy.ts';
import type { ReaderLanguage } from '../identity/reader-language.ts';
import {
  type Column,
  centralBodyColumn,
  col,
  dateColumn,
  districtColumn,
  districtNameColumn,
} from './column.ts';
import { HEADER_WORDS, HINT_WORDS } from './column-words.ts';
import { RECEPTION_COLUMNS, SURVEY_COLUMNS } from './outcome-columns.ts';
import { TARGET_COLUMNS } from './target-columns.ts';

export type { Column, ColumnKind } from './column.ts';

/** Corrections of outcomes and targets are made one at a time, in the workspace and on the overview. */
// Withdrawals are one at a time in the workspace; the review's commentary and comments on
// figures are written one at a time by the chair and analysts.
type NotImportedCommandType =
  | 'WithdrawPerceptionSurvey'
  | 'WithdrawTarget'
  | 'WriteReportCommentary'
  | 'AddFigureComment'
  | 'WithdrawFigureComment';

const REGION_LABELS: Readonly<Record<string, Label>> = Object.fromEntries(
  REGIONS.map((r) => [r.code, r.name]),
);

const region = col(
  'region',
  'Регион',
  'enum',
  true,
  'код ISO 3166-2:KZ (KZ-71) или название; региональный сотрудник — только свой регион, сотрудник центрального органа — где находится работа',
  REGION_LABELS,
);
const organization = col(
  'organization',
  'Организация',
  'text',
  true,
  'госорган, где находится риск; до 300 символов',
);
const process = col('process', 'Процесс', 'text', true, 'госуслуга или бизнес-процесс; до 300 символов');
const description = col('description', 'Описание', 'text', true, 'до 5000 символов');
const reason = col('reason', 'Основание', 'text', true, 'почему вносится исправление; до 2000 символов');
const riskId = col('riskId', 'ID риска', 'id', true, 'UUID риска из системы');
const recommendationId = col(
  'recommendationId',
  'ID рекомендации',
  'id',
  true,
  'UUID рекомендации из системы',
);
const date = (header: string) => dateColumn(header);

/**
 * One layout per event type an officer submits. A file holds one event type; its first row is the
 * header. Ids of new things are not columns: the server derives them, so a re-import lands on
 * the same records.
 */
export const IMPORT_LAYOUTS = {
  RiskIdentified: [
    region,
    organization,
    process,
    col('sphere', 'Сфера', 'enum', true, 'код или название сферы', SPHERES),
    col('causeCategory', 'Категория причины', 'enum', true, 'код или название категории', CAUSE_CATEGORIES),
    col('source', 'Источник', 'enum', true, 'код или название источника', RISK_SOURCES),
    description,
    date('Дата выявления'),
    // Optional, and last: rows copied from a file made on the earlier template still line up.
    districtColumn,
    districtNameColumn,
    centralBodyColumn,
  ],
  RiskReclassified: [
    riskId,
    col('organization', 'Организация', 'text', false, 'новое значение, если меняется'),
    col('process', 'Процесс', 'text', false, 'новое значение, если меняется'),
    col('sphere', 'Сфера', 'enum', false, 'новое значение, если меняется', SPHERES),
    col(
      'causeCategory',
      'Категория причины',
      'enum',
      false,
      'новое значение, если меняется',
      CAUSE_CATEGORIES,
    ),
    col('source', 'Источник', 'enum', false, 'новое значение, если меняется', RISK_SOURCES),
    reason,
    date('Дата переклассификации'),
    col(
      'district',
      'Код района по КАТО',
      'text',
      false,
      'новый район, если меняется: 9 цифр КАТО вашего региона',
    ),
    districtNameColumn,
  ],
  RiskWithdrawn: [riskId, reason, date('Дата отзыва')],
  RecommendationIssued: [
    region,
    riskId,
    organization,
    col('text', 'Текст рекомендации', 'text', true, 'до 5000 символов'),
    col('dueOn', 'Срок исполнения', 'date', true, 'ГГГГ-ММ-ДД или ДД.ММ.ГГГГ; не раньше даты выдачи'),
    date('Дата выдачи'),
    centralBodyColumn,
  ],
  RecommendationRejected: [recommendationId, reason, date('Дата отклонения')],
  RecommendationDueDateMoved: [
    recommendationId,
    col('dueOn', 'Новый срок', 'date', true, 'ГГГГ-ММ-ДД или ДД.ММ.ГГГГ'),
    reason,
    date('Дата переноса'),
  ],
  ProcessTransformed: [
    region,
    organization,
    process,
    col('kind', 'Вид преобразования', 'enum', true, 'код или название', TRANSFORMATION_KINDS),
    description,
    col('removesRiskIds', 'Устранённые риски', 'id-list', true, 'UUID рисков через точку с запятой'),
    col(
      'implementsRecommendationIds',
      'Исполненные рекомендации',
      'id-list',
      false,
      'UUID рекомендаций через точку с запятой',
    ),
    date('Дата преобразования'),
    centralBodyColumn,
  ],
  RightRestored: [
    region,
    col(
      'organization',
      'Организация',
      'text',
      false,
      'госорган, восстановивший право; обязательно, если не указан риск, иначе берётся из риска',
    ),
    col(
      'sphere',
      'Сфера',
      'enum',
      false,
      'код или название сферы; обязательно, если не указан риск, иначе берётся из риска',
      SPHERES,
    ),
    col('kind', 'Вид восстановления', 'enum', true, 'код или название', RIGHT_RESTORED_KINDS),
    col('peopleCount', 'Число лиц', 'int', true, 'целое, не меньше 1'),
    col('amountKzt', 'Сумма, тенге', 'money', false, 'если известна; не больше двух знаков после запятой'),
    col('riskId', 'ID риска', 'id', false, 'UUID выявленного риска, если есть'),
    description,
    date('Дата восстановления'),
    centralBodyColumn,
  ],
  PerceptionSurveyConducted: SURVEY_COLUMNS,
  CitizenReceptionHeld: RECEPTION_COLUMNS,
  // The chair's targets for a year and its quarters; only the chair imports them.
  TargetSet: TARGET_COLUMNS,
} as const satisfies Record<
  (typeof COMMAND_EVENT)[Exclude<CommandType, NotImportedCommandType>],
  readonly Column[]
>;

export type ImportEventType = keyof typeof IMPORT_LAYOUTS;
export const IMPORT_EVENT_TYPES = Object.keys(IMPORT_LAYOUTS) as ImportEventType[];
export const isImportEventType = (value: string): value is ImportEventType =>
  Object.hasOwn(IMPORT_LAYOUTS, value);

export const COMMAND_OF_EVENT = Object.fromEntries(
  Object.entries(COMMAND_EVENT).map(([command, event]) => [event, command]),
) as Record<ImportEventType, CommandType>;

/** Whose records a layout holds, for the policy to say who may import it. */
export const importScopeOf = (type: ImportEventType): ImportScope =>
  isTargetCommand(COMMAND_OF_EVENT[type])
    ? 'targets'
    : type === 'PerceptionSurveyConducted'
      ? 'region'
      : 'unit';

/** The column's header words in a language (Russian is the layout's own). */
export const headerIn = (column: Column, lang: ReaderLanguage): string =>
  lang === 'ru' ? column.header : (HEADER_WORDS[column.header]?.[lang] ?? column.header);

/** What to write in the column, in a language. */
export const hintIn = (column: Column, lang: ReaderLanguage): string =>
  lang === 'ru' ? column.hint : (column.hints?.[lang] ?? HINT_WORDS[column.hint]?.[lang] ?? column.hint);

/** The header as a template in `lang` carries it: `Организация (organization)`, `Organization (organization)`. */
export const headerOf = (column: Column, lang: ReaderLanguage = 'ru'): string =>
  `${headerIn(column, lang)} (${column.key})`;

export const IMPORT_TITLES: Record<ImportEventType, string> = {
  RiskIdentified: 'Выявленные коррупционные риски',
  RiskReclassified: 'Переклассификация рисков',
  RiskWithdrawn: 'Отзыв ошибочно внесённых рисков',
  RecommendationIssued: 'Выданные рекомендации',
  RecommendationRejected: 'Отклонённые рекомендации',
  RecommendationDueDateMoved: 'Перенос сроков рекомендаций',
  ProcessTransformed: 'Преобразования процессов',
  RightRestored: 'Восстановленные права',
  PerceptionSurveyConducted: 'Опросы восприятия коррупции',
  CitizenReceptionHeld: 'Приёмы граждан',
  TargetSet: 'Целевые значения KPI',
};
