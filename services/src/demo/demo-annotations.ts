import type { Command } from '../commands/command.ts';
import { newIdFor } from '../commands/prepare.ts';
import { toDate } from './demo-calendar.ts';
import type { Window } from './demo-outcomes.ts';
import type { PlannedCommand } from './planned-command.ts';

/** Commands the annotations take: three comments on figures, one taken back, one commentary. */
export const annotationEvents = (): number => 5;

const DAY_MS = 86_400_000;

/**
 * What a chair leaves on the figures between meetings: a note on Aktobe's ("new akim"), a note
 * on the country's, one written by mistake and taken back, and the commentary of the last
 * quarter's review. Recorded at fixed hours, with no draw from the plan's random source, so the
 * rest of the demo is the same with or without them.
 */
export const planAnnotations = (prefix: string, window: Window): PlannedCommand[] => {
  const day = (offset: number) => Math.max(window.first, window.today - offset);
  const at = (d: number) => Math.min(d * DAY_MS + 6 * 3_600_000, window.nowMs);
  const today = toDate(window.today);
  const quarter = Math.floor((Number(today.slice(5, 7)) - 1) / 3);
  const year = Number(today.slice(0, 4));
  const lastQuarter = quarter === 0 ? `${year - 1}-Q4` : `${year}-Q${quarter}`;
  const chair = (tag: string, d: number, command: Command): PlannedCommand => ({
    at: at(d),
    region: null,
    submissionId: `${prefix}-annotation-${tag}`,
    command,
    events: 1,
  });
  return [
    chair('akim', day(80), {
      type: 'AddFigureComment',
      data: {
        unit: 'KZ-15',
        date: toDate(day(90)),
        text: 'Новый аким области: проектный офис переформирован',
        occurredOn: toDate(day(80)),
      },
    }),
    chair('portal', day(40), {
      type: 'AddFigureComment',
      data: {
        unit: 'KZ',
        date: toDate(day(45)),
        text: 'Земельные услуги переведены на портал электронного правительства',
        occurredOn: toDate(day(40)),
      },
    }),
    chair('mistake', day(20), {
      type: 'AddFigureComment',
      data: {
        unit: 'KZ',
        date: toDate(day(21)),
        text: 'Черновик',
        occurredOn: toDate(day(20)),
      },
    }),
    chair('mistake-withdrawn', day(19), {
      type: 'WithdrawFigureComment',
      data: {
        commentId: newIdFor('AddFigureComment', `${prefix}-annotation-mistake`),
        occurredOn: toDate(day(19)),
      },
    }),
    chair('commentary', day(10), {
      type: 'WriteReportCommentary',
      data: {
        unit: 'KZ',
        period: lastQuarter,
        text: 'Итоги квартала: причины в земельных отношениях устранены в большинстве регионов; отстающим регионам даны поручения.',
        occurredOn: toDate(day(10)),
      },
    }),
  ];
};
