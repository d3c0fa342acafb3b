import { connectionOf, listQuery, send, type Answer, type Target } from './http.js';

/** A browser's session: signed in with user name and password, then the cookie on every call and the CSRF token on writes. */
export interface Session {
  username: string;
  target: Target;
  get(path: string, query?: Readonly<Record<string, unknown>>): Promise<Answer>;
  write(method: 'PUT' | 'PATCH' | 'POST' | 'DELETE', path: string, body: unknown): Promise<Answer>;
}

export async function signIn(target: Target, username: string, password: string): Promise<Session> {
  const connection = connectionOf(target);
  const login = await send(connection, 'POST', '/api/auth/login', { Accept: 'application/json' }, JSON.stringify({ username, password }));
  if (login.status !== 200) throw new Error(`signing in as ${username} answered ${login.status}: ${login.body}`);
  const setCookie = login.headers['set-cookie']?.[0];
  const cookie = setCookie?.split(';')[0];
  const csrf = (JSON.parse(login.body) as { csrfToken?: string }).csrfToken;
  if (!cookie || !csrf) throw new Error(`signing in as ${username} gave no session cookie or CSRF token`);
  const headers = { Accept: 'application/json', Cookie: cookie, 'Accept-Language': 'zh-CN' };
  return {
    username,
    target,
    get: (path, query = {}) => send(connection, 'GET', `/api${path}${listQuery(query)}`, headers),
    write: (method, path, body) => send(connection, method, `/api${path}`, { ...headers, 'X-CSRF-Token': csrf }, JSON.stringify(body)),
  };
}
