import { createServer, type IncomingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';

export interface ReceivedMail {
  readonly to: readonly string[];
  readonly raw: string;
}

/**
 * A real SMTP server on a free local port, keeping every message it accepts. The first `refusals`
 * messages are answered "451 try again later" (a full mailbox, greylisting) and not kept.
 */
export const startSmtpServer = async (refusals = 0) => {
  const mails: ReceivedMail[] = [];
  let refuse = refusals;
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      stream.on('end', () => {
        if (refuse > 0) {
          refuse -= 1;
          callback(Object.assign(new Error('4.3.0 mailbox busy, try again later'), { responseCode: 451 }));
          return;
        }
        mails.push({
          to: session.envelope.rcptTo.map((r) => r.address),
          raw: Buffer.concat(chunks).toString('utf8'),
        });
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.server.address() as AddressInfo;
  return {
    url: `smtp://127.0.0.1:${port}`,
    mails,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
};

export interface ReceivedHook {
  readonly headers: IncomingHttpHeaders;
  readonly body: string;
  readonly answered: number;
}

/** A real HTTP receiver answering with the statuses given in turn (then 200), keeping each request. */
export const startWebhookReceiver = async (statuses: readonly number[] = []) => {
  const requests: ReceivedHook[] = [];
  const answers = [...statuses];
  const server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      const answered = answers.shift() ?? 200;
      requests.push({ headers: request.headers, body: Buffer.concat(chunks).toString('utf8'), answered });
      response.writeHead(answered).end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/hooks/kpi`,
    requests,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
};

/** Polls until `check` holds (or throws after `timeoutMs`), for effects that land asynchronously. */
export const eventually = async (check: () => boolean | Promise<boolean>, timeoutMs = 15_000) => {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error('the expected effect did not happen in time');
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
};

/** One MIME encoded word's bytes: base64 (B) or quoted-printable with `_` for a space (Q). */
const wordBytes = (encoding: string, text: string): Buffer =>
  encoding.toUpperCase() === 'B'
    ? Buffer.from(text, 'base64')
    : Buffer.from(
        text
          .replace(/_/g, ' ')
          .replace(/=([0-9A-F]{2})/gi, (_m, hex: string) => String.fromCharCode(Number.parseInt(hex, 16))),
        'latin1',
      );

/** A header's text with its UTF-8 encoded words decoded; adjacent words join without the space between. */
const decodeWords = (header: string): string => {
  const parts: Buffer[] = [];
  let rest = header.replace(/\?=\s+=\?/g, '?==?');
  for (
    let word = /=\?UTF-8\?([BQ])\?([^?]*)\?=/i.exec(rest);
    word;
    word = /=\?UTF-8\?([BQ])\?([^?]*)\?=/i.exec(rest)
  ) {
    parts.push(Buffer.from(rest.slice(0, word.index)), wordBytes(word[1]!, word[2]!));
    rest = rest.slice(word.index + word[0].length);
  }
  parts.push(Buffer.from(rest));
  return Buffer.concat(parts).toString('utf8');
};

/** The subject and text of a received message, decoded from its MIME encodings (UTF-8 words, quoted-printable, base64). */
export const readMail = (raw: string): { subject: string; text: string } => {
  const [head = '', ...rest] = raw.split(/\r?\n\r?\n/);
  const unfolded = head.replace(/\r?\n[ \t]+/g, ' ');
  const subjectLine = /^Subject: (.*)$/m.exec(unfolded)?.[1] ?? '';
  const subject = decodeWords(subjectLine);
  const body = rest.join('\n\n');
  const text = /quoted-printable/i.test(head)
    ? Buffer.from(
        body
          .replace(/=\r?\n/g, '')
          .replace(/=([0-9A-F]{2})/g, (_m, hex: string) => String.fromCharCode(Number.parseInt(hex, 16))),
        'latin1',
      ).toString('utf8')
    : /Content-Transfer-Encoding: base64/i.test(head)
      ? Buffer.from(body.replace(/\s+/g, ''), 'base64').toString('utf8')
      : body;
  return { subject, text };
};

/** A message's attachment of the type given, decoded from its MIME part (base64). */
export const mailAttachment = (raw: string, contentType: string): { filename: string; content: Buffer } => {
  const boundary = /boundary="?([^";\r\n]+)"?/i.exec(raw)?.[1];
  if (!boundary) throw new Error('the message has no parts');
  const part = raw
    .split(`--${boundary}`)
    .find((p) => new RegExp(`Content-Type: ${contentType}`, 'i').test(p));
  if (!part) throw new Error(`the message has no ${contentType} part`);
  const [head = '', ...body] = part.replace(/^\r?\n/, '').split(/\r?\n\r?\n/);
  const unfolded = head.replace(/\r?\n[ \t]+/g, ' ');
  const filename = /filename="?([^";\r\n]+)"?/i.exec(unfolded)?.[1] ?? '';
  return { filename, content: Buffer.from(body.join('').replace(/\s+/g, ''), 'base64') };
};
