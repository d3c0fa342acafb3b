import simpleRestProvider from 'ra-data-simple-rest';
import { fetchUtils, type DataProvider, type Identifier } from 'react-admin';
import { csrfToken } from './auth/session';
import { languageTag } from './i18n/formats';
import { accountMethods, type AccountMethods } from './pages/account/accountApi';
import { loyaltyMethods, type LoyaltyMethods } from './loyalty/loyaltyApi';
import { eventMethods, type EventMethods } from './resources/events/eventsApi';
import { complaintMethods, type ComplaintMethods } from './resources/complaints/complaintsApi';
import { planMethods, type PlanMethods } from './pages/events/plan/planApi';
import { dashboardMethods, type DashboardMethods } from './pages/dashboard/dashboardApi';
import { complaintAnalysisMethods, type ComplaintAnalysisMethods } from './pages/reports/complaints/complaintApi';
import { satisfactionMethods, type SatisfactionMethods } from './pages/reports/satisfaction/satisfactionApi';
import { reportMethods, type ReportMethods } from './pages/reports/kit/reportApi';
import { customFieldMethods, type CustomFieldMethods } from './resources/custom_fields/customFieldsApi';

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

/** The records a bulk request names: ticked rows, or every record a list filter (with `q`) matches. */
export type BulkTarget = { ids: Identifier[] } | { filter: Record<string, unknown> };

/** What every ticked record gets: the same values, and items added to / removed from list fields (tags). */
export interface BulkChange {
  data?: Record<string, unknown>;
  add?: Record<string, string[]>;
  remove?: Record<string, string[]>;
}

/** A bulk request's answer: its batch (to undo it), how many records changed, their ids (the first 10,000). */
export interface BulkAnswer {
  batchId: string;
  count: number;
  ids: Identifier[];
}

/** The bulk endpoints (PATCH/DELETE /api/<resource>, POST /api/<resource>/bulk/undo): one request, one transaction. */
export interface BulkMethods {
  bulkUpdate: (resource: string, params: BulkTarget & BulkChange) => Promise<BulkAnswer>;
  bulkDelete: (resource: string, params: BulkTarget) => Promise<BulkAnswer>;
  undoBulk: (resource: string, batchId: string | number) => Promise<{ batchId: string; count: number }>;
}

export type CrmDataProvider = DataProvider & AccountMethods & BulkMethods & LoyaltyMethods & EventMethods & PlanMethods & ComplaintMethods & DashboardMethods & SatisfactionMethods & ComplaintAnalysisMethods & ReportMethods & CustomFieldMethods;

function bulkMethods(http: HttpClient): BulkMethods {
  const send = async <T>(method: string, path: string, body: unknown) =>
    (await http(`/api/${path}`, { method, body: JSON.stringify(body) })).json as T;
  return {
    bulkUpdate: (resource, params) => send('PATCH', encodeURIComponent(resource), params),
    bulkDelete: (resource, params) => send('DELETE', encodeURIComponent(resource), params),
    undoBulk: (resource, batchId) => send('POST', `${encodeURIComponent(resource)}/bulk/undo`, { batchId }),
  };
}

/**
 * The stock ra-data-simple-rest client over /api, so any stock client stays compatible, except that
 * `updateMany` and `deleteMany` send one bulk request (one transaction, one audit batch) instead of one request
 * per row; plus the bulk methods and the signed-in user's own account calls (password, API tokens) as custom
 * methods: through the data provider, a 401 there signs the user out like anywhere else.
 */
export function createDataProvider(getLocale: () => string): CrmDataProvider {
  const http = createHttpClient(getLocale);
  const bulk = bulkMethods(http);
  return {
    ...simpleRestProvider('/api', http),
    updateMany: async (resource, { ids, data }) => {
      await bulk.bulkUpdate(resource, { ids, data });
      return { data: ids };
    },
    deleteMany: async (resource, { ids }) => {
      await bulk.bulkDelete(resource, { ids });
      return { data: ids };
    },
    ...bulk,
    ...accountMethods(http),
    ...loyaltyMethods(http),
    ...eventMethods(http),
    ...complaintMethods(http),
    ...planMethods(http),
    ...dashboardMethods(http),
    ...complaintAnalysisMethods(http),
    ...satisfactionMethods(http),
    ...reportMethods(http, getLocale),
    ...customFieldMethods(http),
  };
}
