import { HttpError } from 'react-admin';
import type { HttpClient } from '../../../dataProvider';
import { csrfToken } from '../../../auth/session';
import { languageTag } from '../../../i18n/formats';
import type { KpiQuery } from '../../dashboard/dashboardApi';
import { dashboardSearch } from '../../dashboard/dashboardApi';

/** A report's table as shown (headings and cells already in the reader's language), for POST /api/analytics/export. */
export interface ReportTableFile {
  title: string;
  columns: string[];
  rows: (string | number | null)[][];
}

/**
 * Every report is GET /api/analytics/<name>?from&to&region&owner_id&tier_id (server/domain/analytics), so one
 * method reads any of them; the export sends the table on screen back as an XLSX file.
 */
export interface ReportMethods {
  analyticsReport: <T>(name: string, query: KpiQuery & Record<string, string | number | undefined>) => Promise<T>;
  exportReportTable: (table: ReportTableFile) => Promise<{ blob: Blob; filename: string }>;
}

/** The file name from `filename*=UTF-8''…` (the reader's language), else `filename="…"`. */
export function filenameOf(disposition: string | null, fallback: string): string {
  const utf8 = disposition?.match(/filename\*=UTF-8''([^;]+)/i);
  if (utf8) return decodeURIComponent(utf8[1]);
  return disposition?.match(/filename="([^"]+)"/i)?.[1] ?? fallback;
}

/** POSTs JSON and hands back the raw response (a file); a refusal becomes react-admin's HttpError with the server's body. */
async function postForFile(url: string, body: unknown, locale: string): Promise<Response> {
  const headers = new Headers({ 'Content-Type': 'application/json', 'Accept-Language': languageTag(locale) });
  const token = csrfToken();
  if (token) headers.set('X-CSRF-Token', token);
  const res = await fetch(url, { method: 'POST', headers, body: JSON.stringify(body), credentials: 'same-origin' });
  if (!res.ok) {
    const answer = (await res.json().catch(() => ({}))) as { message?: string };
    throw new HttpError(answer.message ?? res.statusText, res.status, answer);
  }
  return res;
}

export function reportMethods(http: HttpClient, getLocale: () => string): ReportMethods {
  return {
    analyticsReport: async <T,>(name: string, query: KpiQuery & Record<string, string | number | undefined>) =>
      (await http(`/api/analytics/${name}${dashboardSearch(query as KpiQuery)}`)).json as T,
    exportReportTable: async (table) => {
      const res = await postForFile('/api/analytics/export', table, getLocale());
      return { blob: await res.blob(), filename: filenameOf(res.headers.get('Content-Disposition'), `${table.title}.xlsx`) };
    },
  };
}
