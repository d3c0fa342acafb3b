import { reason, type Reason } from '../../rest/reasons.js';

/**
 * A custom field's key names it in the API, filters, exports and imports, so it must be a plain identifier that
 * cannot be mistaken for anything else: not a built-in column, not a filter with an operator suffix, not a word SQL
 * or the list protocol reserves.
 */
const KEY = /^[a-z][a-z0-9_]{1,39}$/;

const OPERATOR_SUFFIXES = ['_gte', '_lte', '_gt', '_lt', '_neq', '_null'];

/** Words SQL (PostgreSQL and SQLite) reserves or gives meaning to, and names the engine itself uses. */
const RESERVED = new Set(
  `abort action add after all alter always analyze and any array as asc attach autoincrement before begin between
  bigint binary bit boolean both by cascade case cast char character check collate column commit conflict constraint
  create cross current current_date current_role current_time current_timestamp current_user database date decimal
  default deferrable deferred delete desc detach distinct do double drop each else end escape except exclude exclusive
  exists explain false fetch filter first following float for foreign from full function generated glob grant group
  groups having if ignore immediate in index indexed initially inner insert instead int integer intersect interval into
  is isnull join key last lateral leading left like limit localtime localtimestamp match materialized natural new no
  not nothing notnull null nulls numeric of offset old on only or order others outer over overlaps partition placing
  plan pragma preceding primary query raise range real recursive references regexp reindex release rename replace
  restrict returning revoke right role rollback row rows savepoint schema select session_user set similar smallint some
  table temp temporary text then ties time timestamp to trailing transaction trigger true unbounded union unique update
  user using vacuum values varchar variadic verbose view virtual when where window with without
  custom search_text q filter sort range ids data add remove`.split(/\s+/).filter(Boolean),
);

/** Why `key` cannot name a new field of a resource whose own names are `taken`; null when it can. */
export function keyProblem(key: string, taken: ReadonlySet<string>): Reason | null {
  if (!KEY.test(key)) return reason('bad_field_key');
  if (RESERVED.has(key)) return reason('reserved_field_key', { key });
  if (OPERATOR_SUFFIXES.some((s) => key.endsWith(s))) return reason('reserved_field_key', { key });
  if (taken.has(key)) return reason('field_key_taken', { key });
  return null;
}
