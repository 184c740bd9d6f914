/**
 * A progress bar on stderr. On a terminal it redraws one line; in a log (not a TTY) it prints a
 * line at every tenth of the way, so CI output and `docker logs` stay readable.
 */
export interface Progress {
  update(done: number, fraction: number): void;
  finish(done: number): void;
}

const WIDTH = 30;

export const createProgress = (
  label: string,
  stream: NodeJS.WriteStream | NodeJS.WritableStream = process.stderr,
  now: () => number = Date.now,
): Progress => {
  const tty = 'isTTY' in stream && stream.isTTY === true;
  const started = now();
  let lastDraw = 0;
  let lastTenth = -1;
  const line = (done: number, fraction: number) => {
    const f = Math.min(1, Math.max(0, fraction));
    const filled = Math.round(f * WIDTH);
    const seconds = Math.max(0.001, (now() - started) / 1000);
    const rate = Math.round(done / seconds);
    return `${label} [${'#'.repeat(filled)}${'.'.repeat(WIDTH - filled)}] ${(f * 100).toFixed(1).padStart(5)}%  ${done.toLocaleString('en-US')} events  ${rate.toLocaleString('en-US')} events/s`;
  };
  return {
    update(done, fraction) {
      if (tty) {
        const t = now();
        if (t - lastDraw < 100) return;
        lastDraw = t;
        stream.write(`\r${line(done, fraction)}`);
        return;
      }
      const tenth = Math.floor(Math.min(1, fraction) * 10);
      if (tenth > lastTenth) {
        lastTenth = tenth;
        stream.write(`${line(done, fraction)}\n`);
      }
    },
    finish(done) {
      if (tty) stream.write(`\r${line(done, 1)}\n`);
      else if (lastTenth < 10) stream.write(`${line(done, 1)}\n`);
    },
  };
};

/** For library callers and tests that want no output. */
export const silentProgress: Progress = { update() {}, finish() {} };
