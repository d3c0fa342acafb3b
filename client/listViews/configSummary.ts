import type { ViewConfig } from './viewConfig';

/** What a view holds, counted for the save dialog: shown columns, filter conditions (the search box counts). */
export function summaryCounts(config: ViewConfig): { columns: number; filters: number } {
  return {
    columns: config.columns.filter((c) => !c.hidden).length,
    filters: Object.keys(config.filter).length,
  };
}
