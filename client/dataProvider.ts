import simpleRestProvider from 'ra-data-simple-rest';
import { fetchUtils, type DataProvider } from 'react-admin';
import { csrfToken } from './auth/session';
import { languageTag } from './i18n/formats';
import { accountMethods, type AccountMethods } from './pages/account/accountApi';

export type HttpClient = (url: string, options?: fetchUtils.Options) => ReturnType<typeof fetchUtils.fetchJson>;

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * fetchJson plus `Accept-Language`, so validation reasons come back in the user's language, and the session's
 * CSRF token on every write: the server refuses a cookie-signed write without it (403), because another site
 * can make the browser send the cookie but cannot read the token.
 * Errors keep react-admin's shape: `HttpError(body.message, status, body)`; a 400's `body.errors` lands beside
 * the fields, a 409 (stale version) becomes a notification with the server's message, a 401 signs the user out
 * (authProvider.checkError).
 */
export function createHttpClient(getLocale: () => string): HttpClient {
  return (url, options = {}) => {
    const headers = new Headers(options.headers ?? { Accept: 'application/json' });
    headers.set('Accept-Language', languageTag(getLocale()));
    const token = csrfToken();
    if (token && !SAFE_METHODS.has((options.method ?? 'GET').toUpperCase())) headers.set('X-CSRF-Token', token);
    return fetchUtils.fetchJson(url, { ...options, headers, credentials: 'same-origin' });
  };
}

export type CrmDataProvider = DataProvider & AccountMethods;

/**
 * The stock ra-data-simple-rest client over /api, so any stock client stays compatible, plus the signed-in
 * user's own account calls (password, API tokens) as custom methods: through the data provider, a 401 there
 * signs the user out like anywhere else.
 */
export function createDataProvider(getLocale: () => string): CrmDataProvider {
  const http = createHttpClient(getLocale);
  return { ...simpleRestProvider('/api', http), ...accountMethods(http) };
}
