import { createTransport, type Transporter } from 'nodemailer';

export interface MailMessage {
  readonly to: readonly string[];
  readonly subject: string;
  readonly text: string;
  readonly attachments?: readonly { readonly filename: string; readonly content: Buffer }[];
}

export interface Mailer {
  /** Sends one message; rejects with the SMTP server's answer when it is refused or unreachable. */
  send(message: MailMessage): Promise<void>;
  close(): void;
}

export interface MailerOptions {
  /** `smtp://user:pass@host:587` or `smtps://...:465`; nodemailer's URL form. */
  readonly smtpUrl: string;
  /** The sender, e.g. `KPI alerts <alerts@agency.kz>`. */
  readonly from: string;
  /** Give up on a connection or an answer after this long (default 10 s). */
  readonly timeoutMs?: number;
}

/**
 * E-mail over SMTP, for alerts now and for scheduled reports later: one transport per process,
 * configured once from `SMTP_URL` and `MAIL_FROM`.
 */
export const smtpMailer = (options: MailerOptions): Mailer => {
  const timeout = options.timeoutMs ?? 10_000;
  const transport: Transporter = createTransport(options.smtpUrl, {
    connectionTimeout: timeout,
    greetingTimeout: timeout,
    socketTimeout: timeout,
  });
  return {
    send: async (message) => {
      await transport.sendMail({
        from: options.from,
        to: [...message.to],
        subject: message.subject,
        text: message.text,
        attachments: message.attachments?.map((a) => ({ filename: a.filename, content: a.content })),
      });
    },
    close: () => transport.close(),
  };
};
