import type { Actor } from './roles.js';

declare global {
  // eslint-disable-next-line @typescript-eslint/no-namespace
  namespace Express {
    interface Request {
      /** who is asking, once `authenticate` has run */
      actor?: Actor;
      /** how: a cookie session (writes need the CSRF token) or a bearer token */
      authVia?: 'session' | 'token';
      sessionId?: string;
      csrfToken?: string;
    }
  }
}

export {};
