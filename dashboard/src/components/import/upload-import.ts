import { ApiError, type ApiErrorKind } from '@/lib/graphql/api-error.ts';
import type { Lang } from '@/lib/i18n/lang.ts';

/**
 * Sends a spreadsheet to the import route (a dry run unless `commit`), answering the job's id.
 * The route takes the file as the raw body; the session cookie goes with it. `lang` is the
 * reader's, so that the route's own refusals come in it.
 */
export const uploadImport = async (
  file: File,
  eventType: string,
  commit: boolean,
  lang: Lang,
): Promise<string> => {
  const format = file.name.toLowerCase().endsWith('.xlsx') ? 'xlsx' : 'csv';
  const query = new URLSearchParams({ eventType, format, commit: String(commit), lang });
  let response: Response;
  try {
    response = await fetch(`/import?${query}`, {
      method: 'POST',
      credentials: 'include',
      headers: { 'content-type': format === 'xlsx' ? 'application/octet-stream' : 'text/csv' },
      body: file,
    });
  } catch (cause) {
    throw new ApiError('network', cause instanceof Error ? cause.message : String(cause));
  }
  const body = (await response.json().catch(() => ({}))) as { id?: string; code?: string; message?: string };
  // The route words its refusals in the `lang` asked for; with no body (a proxy's page) only
  // the status is told.
  const reason = { code: body.code ?? null, readerText: body.message ?? null };
  const opaque = body.message === undefined;
  const fail = (kind: ApiErrorKind) =>
    new ApiError(kind, body.message ?? response.statusText, response.status, opaque, reason);
  if (response.status === 401) throw fail('unauthenticated');
  if (response.status === 403) throw fail('forbidden');
  if (response.status === 429) throw fail('rate-limited');
  if (!response.ok || !body.id) throw fail(response.status >= 500 ? 'server' : 'invalid');
  return body.id;
};
