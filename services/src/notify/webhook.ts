import { createHmac } from 'node:crypto';

/** The header carrying the signature: `sha256=<hex HMAC-SHA256 of the raw body>`. */
export const SIGNATURE_HEADER = 'x-signature';

/** The signature of a body under a secret, as the header carries it. */
export const signBody = (body: string, secret: string): string =>
  `sha256=${createHmac('sha256', secret).update(body, 'utf8').digest('hex')}`;

export interface WebhookOptions {
  readonly secret: string;
  /** Give up on an answer after this long (default 10 s). */
  readonly timeoutMs?: number;
}

/**
 * POSTs a JSON payload signed with HMAC-SHA256 over the exact bytes sent, so the receiver can
 * verify it came from us and was not altered. Anything but a 2xx answer is a failure, named with
 * the status, so that it is retried and shown.
 */
export const postWebhook = async (url: string, payload: unknown, options: WebhookOptions): Promise<void> => {
  const body = JSON.stringify(payload);
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', [SIGNATURE_HEADER]: signBody(body, options.secret) },
    body,
    signal: AbortSignal.timeout(options.timeoutMs ?? 10_000),
    redirect: 'manual',
  });
  await response.body?.cancel();
  if (response.status < 200 || response.status >= 300) {
    throw new Error(`the webhook answered ${response.status} ${response.statusText}`.trim());
  }
};
