import type { Knex } from 'knex';

const SUFFIXES = ['', '_gte', '_lte', '_gt', '_lt', '_neq', '_null'];

interface ViewConfig {
  columns?: { source: string }[];
  filter?: Record<string, unknown>;
  sort?: [string, string] | { field: string } | null;
  [other: string]: unknown;
}

const sortField = (sort: ViewConfig['sort']): string | null =>
  Array.isArray(sort) ? sort[0] : sort && typeof sort === 'object' ? sort.field : null;

/**
 * Saved list views no longer name a field that is deleted or retired: its column, its filters (any operator) and
 * a sort by it are taken out, so the views keep opening (a list filtered by an unknown field answers 400).
 */
export async function dropFieldFromViews(trx: Knex, resource: string, key: string): Promise<void> {
  const views: { id: number; config: unknown; version: number }[] = await trx('list_views').where({ resource }).select('id', 'config', 'version');
  const filterKeys = new Set(SUFFIXES.map((s) => `${key}${s}`));
  for (const view of views) {
    const config = (typeof view.config === 'string' ? JSON.parse(view.config) : view.config) as ViewConfig;
    const columns = config.columns?.filter((c) => c.source !== key);
    const filter = config.filter ? Object.fromEntries(Object.entries(config.filter).filter(([k]) => !filterKeys.has(k))) : config.filter;
    const sort = sortField(config.sort) === key ? null : config.sort;
    const changed = columns?.length !== config.columns?.length || Object.keys(filter ?? {}).length !== Object.keys(config.filter ?? {}).length || sort !== config.sort;
    if (!changed) continue;
    await trx('list_views').where({ id: view.id }).update({
      config: JSON.stringify({ ...config, columns, filter, sort }),
      version: Number(view.version) + 1,
      updated_at: new Date().toISOString(),
    });
  }
}
