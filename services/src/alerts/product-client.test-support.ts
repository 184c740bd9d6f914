import { almatyDate } from '@kpi/schema';

// biome-ignore lint/suspicious/noExplicitAny: each test names the shape its query selects
type Answer = Record<string, any>;

/** A signed-in caller of a running product's GraphQL endpoint, by its session cookie. */
export const signedIn = async (url: string, username: string, password = 'demo-password') => {
  const call = async (query: string, variables: Record<string, unknown> = {}, cookie?: string) => {
    const response = await fetch(`${url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(cookie ? { cookie } : {}) },
      body: JSON.stringify({ query, variables }),
    });
    return {
      body: (await response.json()) as { data?: Answer; errors?: unknown[] },
      cookie: response.headers.get('set-cookie')?.split(';')[0],
    };
  };
  const signIn = await call(
    'mutation($u: String!, $p: String!) { signIn(username: $u, password: $p) { __typename } }',
    { u: username, p: password },
  );
  if (signIn.body.data?.signIn?.__typename !== 'SignedIn') throw new Error(`${username} could not sign in`);
  const cookie = signIn.cookie!;
  const query = async (query: string, variables: Record<string, unknown> = {}) => {
    const { body } = await call(query, variables, cookie);
    if (body.errors) throw new Error(JSON.stringify(body.errors));
    return body.data!;
  };
  return Object.assign(query, { subscribe: (subscription: string) => subscribe(url, cookie, subscription) });
};

/** A GraphQL subscription over server-sent events, as the dashboard opens it; `next()` is the next payload. */
const subscribe = async (url: string, cookie: string, query: string) => {
  const controller = new AbortController();
  const response = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'text/event-stream', cookie },
    body: JSON.stringify({ query }),
    signal: controller.signal,
  });
  const reader = response.body!.pipeThrough(new TextDecoderStream()).getReader();
  let buffer = '';
  const next = async (): Promise<Answer | null> => {
    for (;;) {
      const end = buffer.indexOf('\n\n');
      if (end >= 0) {
        const block = buffer.slice(0, end);
        buffer = buffer.slice(end + 2);
        const data = block
          .split('\n')
          .filter((line) => line.startsWith('data:'))
          .map((line) => line.slice(5).trim())
          .join('\n');
        if (data) return JSON.parse(data) as Answer;
        continue; // a keep-alive comment
      }
      const chunk = await reader.read();
      if (chunk.done) return null;
      buffer += chunk.value;
    }
  };
  return { status: response.status, next, close: () => controller.abort() };
};

/** Today in Almaty and the running quarter, so that the business dates the tests send are never in the future. */
export const runningQuarter = (now = new Date()) => {
  const today = almatyDate(now);
  const [year, month] = today.split('-').map(Number) as [number, number];
  const q = Math.floor((month - 1) / 3) + 1;
  return { today, period: `${year}-Q${q}`, firstDay: `${year}-${String(3 * q - 2).padStart(2, '0')}-01` };
};
