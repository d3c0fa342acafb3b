import type { ResourceMeta } from '../meta/types';
import type { ViewConfig } from '../../server/domain/listViews/config';

export type { ViewConfig };
export type ColumnSetting = ViewConfig['columns'][number];
export type Density = ViewConfig['density'];
export type ViewSort = NonNullable<ViewConfig['sort']>;

/** A saved view as GET /api/list_views answers it. */
export interface ListView {
  id: number;
  resource: string;
  name: string;
  owner_id: number;
  shared_role: string | null;
  default_for_role: boolean;
  config: ViewConfig;
  version: number;
}

/** What a list shows of its columns: every field it may show, in order, each shown or not, with its width. */
export interface ResolvedColumn {
  source: string;
  visible: boolean;
  width?: number;
}

/** The columns and density a list is drawn with right now (kept per list in the browser until saved to a view). */
export interface Layout {
  columns: ColumnSetting[];
  density: Density;
}

export const DEFAULT_DENSITY: Density = 'compact';
export const WIDTH_STEP = 20;
export { MIN_WIDTH, MAX_WIDTH, PER_PAGE } from '../../server/domain/listViews/limits';

/** Types that fit no list cell: long structures (a JSON document). */
const NOT_A_COLUMN = ['json'];

/**
 * Every field of the resource a list may show as a column, in the meta's order: its own fields (an admin's custom
 * fields included, unless hidden), then when the record was created and changed. `exclude` drops what the list
 * never shows to this user (a consultant's own-customers list has no owner column).
 */
export function columnChoices(resource: ResourceMeta, exclude: readonly string[] = []): string[] {
  return Object.entries(resource.fields)
    .filter(([name, f]) => !f.writeOnly && !NOT_A_COLUMN.includes(f.type) && name !== 'version' && !f.custom?.hidden && !exclude.includes(name))
    .map(([name]) => name);
}

/**
 * The columns as a layout orders them: the layout's own first (each shown unless marked hidden), then the fields
 * it does not name — shown when they are among the list's defaults, else offered hidden. A field the list no
 * longer has (a custom field removed) is dropped. Without a layout: the defaults in their order, the rest hidden.
 */
export function resolveColumns(saved: readonly ColumnSetting[] | undefined, defaults: readonly string[], choices: readonly string[]): ResolvedColumn[] {
  const available = new Set(choices);
  const out: ResolvedColumn[] = [];
  const seen = new Set<string>();
  for (const c of saved ?? []) {
    if (!available.has(c.source) || seen.has(c.source)) continue;
    seen.add(c.source);
    out.push({ source: c.source, visible: !c.hidden, ...(c.width ? { width: c.width } : {}) });
  }
  const rest = choices.filter((s) => !seen.has(s));
  const defaultsLeft = defaults.filter((s) => available.has(s) && !seen.has(s));
  for (const s of defaultsLeft) out.push({ source: s, visible: true });
  for (const s of rest) if (!defaultsLeft.includes(s)) out.push({ source: s, visible: false });
  return out;
}

/** The layout's columns as a view stores them: by source, in order, hidden ones marked. */
export function toSettings(columns: readonly ResolvedColumn[]): ColumnSetting[] {
  return columns.map((c) => ({ source: c.source, ...(c.visible ? {} : { hidden: true }), ...(c.width ? { width: c.width } : {}) }));
}

/** Moves the column at `from` to `to` (both indexes into the list). */
export function moveColumn(columns: readonly ResolvedColumn[], from: number, to: number): ResolvedColumn[] {
  if (from === to || from < 0 || to < 0 || from >= columns.length || to >= columns.length) return [...columns];
  const out = [...columns];
  const [moved] = out.splice(from, 1);
  out.splice(to, 0, moved);
  return out;
}

export function setVisible(columns: readonly ResolvedColumn[], source: string, visible: boolean): ResolvedColumn[] {
  return columns.map((c) => (c.source === source ? { ...c, visible } : c));
}

/** A width within the limits the server accepts, or none (the column takes what its content asks for). */
export function clampWidth(width: number | null | undefined, min: number, max: number): number | undefined {
  if (width == null || !Number.isFinite(width) || width <= 0) return undefined;
  return Math.min(max, Math.max(min, Math.round(width)));
}

export function setWidth(columns: readonly ResolvedColumn[], source: string, width: number | undefined): ResolvedColumn[] {
  return columns.map((c) => {
    if (c.source !== source) return c;
    const { width: _old, ...rest } = c;
    return width ? { ...rest, width } : rest;
  });
}

/** Object keys sorted at every level, so two filters that differ only in key order compare equal. */
function canonical(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(canonical);
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.keys(value).sort().map((k) => [k, canonical((value as Record<string, unknown>)[k])]));
  }
  return value;
}

/** Empty filter values (a cleared input) mean no filter. */
export function cleanFilter(filter: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(filter).filter(([, v]) => v !== undefined && v !== '' && !(Array.isArray(v) && v.length === 0)));
}

/**
 * Whether the list as it stands differs from the saved view: other columns shown, in another order or width,
 * another density, filter, sort or page size. Compared by what the list would show, so a view saved before a
 * field existed is not "changed" by that field.
 */
export function differs(current: ViewConfig, saved: ViewConfig, defaults: readonly string[], choices: readonly string[]): boolean {
  const cols = (c: readonly ColumnSetting[]) => JSON.stringify(resolveColumns(c, defaults, choices));
  return cols(current.columns) !== cols(saved.columns)
    || current.density !== saved.density
    || current.per_page !== saved.per_page
    || JSON.stringify(canonical(cleanFilter(current.filter))) !== JSON.stringify(canonical(cleanFilter(saved.filter)))
    || JSON.stringify(current.sort) !== JSON.stringify(saved.sort);
}

/** The page size a view keeps: the list's own when it is one a view may hold, else the nearest allowed. */
export function perPageOf<T extends number>(perPage: number, allowed: readonly T[]): T {
  return allowed.reduce((best, n) => (Math.abs(n - perPage) < Math.abs(best - perPage) ? n : best), allowed[0]);
}
