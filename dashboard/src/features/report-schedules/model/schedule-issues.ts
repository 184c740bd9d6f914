/**
 * The server names a refused field by its input path (`cadence`, `unit`, `lang`, `recipients`,
 * `recipients.2`) in English; the screen says it in the reader's language under that field.
 * Blank recipient boxes are not sent, so an address's index on the wire is mapped back to the
 * box it was typed in.
 */
export type ScheduleIssueKey =
  | 'schedules.issue.cadence'
  | 'schedules.issue.unit'
  | 'schedules.issue.lang'
  | 'schedules.issue.recipient'
  | 'schedules.issue.recipientsEmpty'
  | 'schedules.issue.recipientsMany';

export interface ScheduleFieldIssue {
  readonly path: string;
  readonly code: string;
}

export interface ScheduleProblems {
  readonly cadence?: ScheduleIssueKey;
  readonly unit?: ScheduleIssueKey;
  readonly lang?: ScheduleIssueKey;
  /** About the list as a whole: none, or too many. */
  readonly recipients?: ScheduleIssueKey;
  /** About one address, by the index of the box it was typed in. */
  readonly recipientBoxes: Readonly<Record<number, ScheduleIssueKey>>;
  /** Paths the form has no field for (none expected): shown above the button, not lost. */
  readonly unplaced: readonly string[];
}

export const NO_PROBLEMS: ScheduleProblems = { recipientBoxes: {}, unplaced: [] };

/** The addresses to send (trimmed, blanks left out) and, for each, the box it came from. */
export const recipientsToSend = (boxes: readonly string[]) => {
  const sent: string[] = [];
  const boxOf: number[] = [];
  boxes.forEach((box, index) => {
    const address = box.trim();
    if (address === '') return;
    sent.push(address);
    boxOf.push(index);
  });
  return { sent, boxOf } as const;
};

const SINGLE_FIELDS = {
  cadence: 'schedules.issue.cadence',
  unit: 'schedules.issue.unit',
  lang: 'schedules.issue.lang',
} as const satisfies Record<string, ScheduleIssueKey>;

const isSingleField = (path: string): path is keyof typeof SINGLE_FIELDS => path in SINGLE_FIELDS;

export const problemsOf = (
  issues: readonly ScheduleFieldIssue[],
  boxOf: readonly number[],
): ScheduleProblems => {
  const single: { cadence?: ScheduleIssueKey; unit?: ScheduleIssueKey; lang?: ScheduleIssueKey } = {};
  let recipients: ScheduleIssueKey | undefined;
  const recipientBoxes: Record<number, ScheduleIssueKey> = {};
  const unplaced: string[] = [];
  for (const issue of issues) {
    if (isSingleField(issue.path)) {
      single[issue.path] = SINGLE_FIELDS[issue.path];
      continue;
    }
    if (issue.path === 'recipients') {
      recipients =
        issue.code === 'too_big' ? 'schedules.issue.recipientsMany' : 'schedules.issue.recipientsEmpty';
      continue;
    }
    const address = /^recipients\.(\d+)$/.exec(issue.path);
    const box = address ? boxOf[Number(address[1])] : undefined;
    if (box === undefined) unplaced.push(issue.path);
    else recipientBoxes[box] = 'schedules.issue.recipient';
  }
  return { ...single, ...(recipients ? { recipients } : {}), recipientBoxes, unplaced };
};

export const hasProblems = (problems: ScheduleProblems): boolean =>
  Boolean(
    problems.cadence ||
      problems.unit ||
      problems.lang ||
      problems.recipients ||
      Object.keys(problems.recipientBoxes).length > 0 ||
      problems.unplaced.length > 0,
  );
