import simpleRestProvider from 'ra-data-simple-rest';
import { fetchUtils, type DataProvider } from 'react-admin';
import { languageTag } from './i18n/formats';

/**
 * fetchJson plus `Accept-Language`, so validation reasons come back in the user's language.
 * Errors keep react-admin's shape: `HttpError(body.message, status, body)`; a 400's `body.errors` lands beside
 * the fields, a 409 (stale version) becomes a notification with the server's message.
 */
export function createHttpClient(getLocale: () => string) {
  return (url: string, options: fetchUtils.Options = {}) => {
    const headers = new Headers(options.headers ?? { Accept: 'application/json' });
    headers.set('Accept-Language', languageTag(getLocale()));
    return fetchUtils.fetchJson(url, { ...options, headers });
  };
}

/** The stock ra-data-simple-rest client over /api, nothing more, so any stock client stays compatible. */
export function createDataProvider(getLocale: () => string): DataProvider {
  return simpleRestProvider('/api', createHttpClient(getLocale));
}
