import type { Knex } from 'knex';
import type { FieldDef, ResourceDef, Row } from '../../resources/types.js';
import { reason, type Reason } from '../../rest/reasons.js';

/**
 * Which value of each field the kept customer ends with. For every field the user can change, a choice:
 * `keep` (the kept record's value), `remove` (the merged-in record's) or, for tags and long texts, `both`
 * (tags united, texts one after the other). Defaults: the kept record's value, unless it is empty and the other
 * is not; the stronger customer type (an owner over a prospect) and the higher tier; both records' tags and
 * notes. Fields the server works out (points balance, last visit, first purchase) are not chosen: they are
 * recomputed from the records moved.
 */
export type Choice = 'keep' | 'remove' | 'both';

const TYPE_STRENGTH: Record<string, number> = { prospect: 0, owner: 1, fleet: 2 };

export const isEmpty = (v: unknown): boolean => v == null || v === '' || (Array.isArray(v) && v.length === 0);
const same = (a: unknown, b: unknown) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);

/** May be both: a list of tags, or a long text. */
export function joinable(field: FieldDef): boolean {
  return (field.type === 'json' && field.shape === 'string[]') || field.type === 'text';
}

/** The fields a merge chooses between: everything a user may write. */
export function choosableFields(def: ResourceDef): [string, FieldDef][] {
  return Object.entries(def.fields).filter(([, f]) => !f.readOnly && !f.writeOnly);
}

export function defaultChoice(field: string, def: FieldDef, kept: Row, removed: Row, tierRanks: Map<number, number>): Choice {
  const k = kept[field];
  const r = removed[field];
  if (same(k, r) || isEmpty(r)) return 'keep';
  if (isEmpty(k)) return 'remove';
  if (joinable(def)) return 'both';
  if (field === 'customer_type') return (TYPE_STRENGTH[String(r)] ?? 0) > (TYPE_STRENGTH[String(k)] ?? 0) ? 'remove' : 'keep';
  if (field === 'tier_id') return (tierRanks.get(Number(r)) ?? -1) > (tierRanks.get(Number(k)) ?? -1) ? 'remove' : 'keep';
  return 'keep';
}

function joined(def: FieldDef, k: unknown, r: unknown): unknown {
  if (def.type === 'json') return [...new Set([...(Array.isArray(k) ? k : []), ...(Array.isArray(r) ? r : [])].map(String))];
  const text = [k, r].filter((v) => !isEmpty(v)).map(String).join('\n');
  return def.max ? text.slice(0, def.max) : text;
}

export async function tierRanks(db: Knex): Promise<Map<number, number>> {
  return new Map((await db('tiers').select('id', 'rank')).map((t: Row) => [Number(t.id), Number(t.rank)]));
}

export interface Resolved {
  /** field → the choice applied */
  choices: Record<string, Choice>;
  /** the fields whose value changes on the kept record, with their new values */
  values: Row;
}

/**
 * The user's choices (`fields`: field → choice; fields left out take their default) turned into the values
 * written to the kept record. Bad choices answer field → reason under `fields.<name>`.
 */
export function resolveChoices(def: ResourceDef, kept: Row, removed: Row, given: Record<string, unknown>, ranks: Map<number, number>): { resolved: Resolved; errors: Record<string, Reason> } {
  const fields = new Map(choosableFields(def));
  const errors: Record<string, Reason> = {};
  for (const name of Object.keys(given)) {
    const field = def.fields[name];
    if (!field) errors[`fields.${name}`] = reason('unknown_field');
    else if (!fields.has(name)) errors[`fields.${name}`] = reason('not_merge_field');
  }
  const choices: Record<string, Choice> = {};
  const values: Row = {};
  for (const [name, field] of fields) {
    const options: Choice[] = joinable(field) ? ['keep', 'remove', 'both'] : ['keep', 'remove'];
    const asked = given[name];
    if (asked !== undefined && !options.includes(asked as Choice)) {
      errors[`fields.${name}`] = reason('merge_choice', { options: options.join(', ') });
      continue;
    }
    const choice = (asked as Choice | undefined) ?? defaultChoice(name, field, kept, removed, ranks);
    choices[name] = choice;
    let value = choice === 'keep' ? kept[name] : choice === 'remove' ? removed[name] : joined(field, kept[name], removed[name]);
    // a customer cannot be their own referrer once the two records are one
    if (field.type === 'reference' && field.reference === 'customers' && (value === kept.id || value === removed.id)) value = null;
    if (!same(value, kept[name])) values[name] = value ?? null;
  }
  return { resolved: { choices, values }, errors };
}
