import type { SortPayload } from 'react-admin';

export type ExportFormat = 'csv' | 'xlsx';

export interface ExportQuery {
  format: ExportFormat;
  filter: Record<string, unknown>;
  sort: SortPayload;
  locale: string;
}

/**
 * The server-side export of a list as it is on screen: every row matching its filter, in its order, with
 * headers and labels in the user's language. A plain link: the session cookie signs it in.
 */
export function exportUrl(resource: string, { format, filter, sort, locale }: ExportQuery): string {
  const params = new URLSearchParams({
    format,
    filter: JSON.stringify(filter),
    sort: JSON.stringify([sort.field, sort.order]),
    locale: locale === 'en' ? 'en' : 'zh',
  });
  return `/api/${encodeURIComponent(resource)}/export?${params.toString()}`;
}
