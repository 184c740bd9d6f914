/** A file that cannot be imported at all: unreadable, empty, or past a limit. The job reports its message. */
export class UnreadableFileError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UnreadableFileError';
  }
}
