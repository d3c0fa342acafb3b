import type { Knex } from 'knex';
import { AppError, badRequest } from '../errors.js';
import type { ResourceDef, Row } from '../resources/types.js';
import { reason, type Reason } from '../rest/reasons.js';
import { hasRight, ownCustomersOnly, type Action, type Actor, type Right } from './roles.js';

/**
 * The server's guard: which actions a role may take on a resource, which rows it may touch (sales
 * consultants: their own customers and those customers' records) and which values it may see.
 */

export function forbidden(errors: Record<string, Reason> = {}): AppError {
  return new AppError(403, 'forbidden', errors);
}

export function can(actor: Actor, def: ResourceDef, action: Action): boolean {
  return def.access[action].includes(actor.role);
}

export function assertCan(actor: Actor, def: ResourceDef, action: Action): void {
  if (!can(actor, def, action)) throw forbidden();
}

function isScoped(actor: Actor, def: ResourceDef): boolean {
  return ownCustomersOnly.includes(actor.role) && def.scope !== undefined;
}

/** Narrows a query on `def` to the rows the actor may see. */
export function scopeQuery(db: Knex, qb: Knex.QueryBuilder, def: ResourceDef, actor: Actor): void {
  def.personal?.readable(qb, actor, def.table);
  if (!isScoped(actor, def) || !def.scope) return;
  if ('owner' in def.scope) qb.where(`${def.table}.${def.scope.owner}`, actor.id);
  else qb.whereIn(`${def.table}.${def.scope.customer}`, db('customers').select('id').where('owner_id', actor.id));
}

/** True when the (stored or about to be stored) record is one the actor may touch. */
export async function inScope(trx: Knex, def: ResourceDef, actor: Actor, record: Row): Promise<boolean> {
  if (def.personal && !def.personal.mayRead(record, actor)) return false;
  if (!isScoped(actor, def) || !def.scope) return true;
  if ('owner' in def.scope) return record[def.scope.owner] === actor.id;
  const customerId = record[def.scope.customer];
  if (customerId == null) return false;
  const owned = await trx('customers').where({ id: customerId as number, owner_id: actor.id }).first('id');
  return owned !== undefined;
}

/** Which field makes a record the actor's: the one to name in a 403. */
export function scopeField(def: ResourceDef): string {
  if (!def.scope) return 'id';
  return 'owner' in def.scope ? def.scope.owner : def.scope.customer;
}

/**
 * References the actor writes must point at records they may see: a sales consultant cannot hang a
 * follow-up on another consultant's vehicle or name another's customer as referrer.
 */
export async function assertReferencesInScope(trx: Knex, def: ResourceDef, actor: Actor, changed: Row, resolve: (name: string) => ResourceDef | undefined): Promise<void> {
  if (!ownCustomersOnly.includes(actor.role)) return;
  const errors: Record<string, Reason> = {};
  for (const [name, value] of Object.entries(changed)) {
    const field = def.fields[name];
    if (field?.type !== 'reference' || value == null || !field.reference) continue;
    const target = resolve(field.reference);
    if (!target?.scope) continue;
    const row = await trx(target.table).where({ id: value as number }).first();
    if (row && !(await inScope(trx, target, actor, row as Row))) errors[name] = reason('not_readable');
  }
  if (Object.keys(errors).length) throw forbidden(errors);
}

export async function assertInScope(trx: Knex, def: ResourceDef, actor: Actor, record: Row, writing = false): Promise<void> {
  if (await inScope(trx, def, actor, record)) return;
  throw forbidden(writing ? { [scopeField(def)]: reason('not_your_customer') } : {});
}

/**
 * For a scoped role creating a customer without naming an owner: the customer is theirs. A person's own row
 * (a saved list view) is always its creator's.
 */
export function defaultOwner(def: ResourceDef, actor: Actor, values: Row): void {
  if (def.personal) values[def.personal.owner] = actor.id;
  if (isScoped(actor, def) && def.scope && 'owner' in def.scope && values[def.scope.owner] == null) {
    values[def.scope.owner] = actor.id;
  }
}

const unmaskRight: Record<'contact' | 'identity', Right> = { contact: 'unmask_contact', identity: 'unmask_identity' };

/** Whether the actor may see the field's whole value (a confidential one masked, a custom one for its roles only). */
export function maySee(actor: Actor, def: ResourceDef, field: string): boolean {
  const f = def.fields[field];
  if (f?.custom?.readRoles && !f.custom.readRoles.includes(actor.role)) return false;
  const sensitive = f?.sensitive;
  return !sensitive || hasRight(actor, unmaskRight[sensitive]);
}

/** A custom field the admin kept from the actor's role: left out of what they read, not masked. */
export function isWithheld(actor: Actor, def: ResourceDef, field: string): boolean {
  const roles = def.fields[field]?.custom?.readRoles;
  return roles != null && !roles.includes(actor.role);
}

/** Whether the actor may change the field (a custom field may be limited to some roles). */
export function mayEdit(actor: Actor, def: ResourceDef, field: string): boolean {
  const custom = def.fields[field]?.custom;
  if (isWithheld(actor, def, field)) return false;
  return !custom?.editRoles || custom.editRoles.includes(actor.role);
}

const sameValue = (a: unknown, b: unknown) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);

/**
 * Values of custom fields the actor may not change: a form echoing the stored value (or a new record's default)
 * means "unchanged" and is dropped; any other value is refused with a 403 naming the field.
 */
export function dropUneditable(def: ResourceDef, actor: Actor, body: unknown, before: Row | null): unknown {
  if (typeof body !== 'object' || body === null || Array.isArray(body)) return body;
  const out = { ...(body as Row) };
  const errors: Record<string, Reason> = {};
  for (const [name, field] of Object.entries(def.fields)) {
    if (!field.custom || !Object.hasOwn(out, name) || mayEdit(actor, def, name)) continue;
    const unchanged = before ? sameValue(out[name], before[name]) : out[name] == null || sameValue(out[name], field.default);
    if (unchanged) delete out[name];
    else errors[name] = reason('not_allowed');
  }
  if (Object.keys(errors).length) throw forbidden(errors);
  return out;
}

/** "13812345678" → "138****5678": the first three and last four characters stay, the rest become stars. */
export function maskValue(value: unknown): unknown {
  if (typeof value !== 'string' || value === '') return value;
  const chars = [...value];
  if (chars.length <= 7) return '*'.repeat(chars.length);
  return chars.map((c, i) => (i < 3 || i >= chars.length - 4 || c === ' ' ? c : '*')).join('');
}

export function maskRecord(def: ResourceDef, actor: Actor, row: Row): Row {
  const hidden = Object.keys(def.fields).filter((f) => !maySee(actor, def, f) && Object.hasOwn(row, f));
  if (!hidden.length) return row;
  const out = { ...row };
  for (const f of hidden) {
    if (isWithheld(actor, def, f)) delete out[f];
    else if (row[f] != null) out[f] = maskValue(row[f]);
  }
  return out;
}

/**
 * A form sends back the masked value it was shown; that means "unchanged", not "store the stars".
 * Any other value with stars in it is refused (it would overwrite the real value with a mask); a value
 * without stars is a real new value the actor may write.
 */
export function dropMaskedEcho(def: ResourceDef, actor: Actor, body: unknown, before: Row | null): unknown {
  if (typeof body !== 'object' || body === null || Array.isArray(body)) return body;
  const out = { ...(dropUneditable(def, actor, body, before) as Row) };
  const errors: Record<string, Reason> = {};
  for (const f of Object.keys(def.fields)) {
    const value = out[f];
    if (maySee(actor, def, f) || typeof value !== 'string' || !value.includes('*')) continue;
    if (before && value.trim() === maskValue(before[f])) delete out[f];
    else errors[f] = reason('masked_value');
  }
  if (Object.keys(errors).length) throw badRequest(errors);
  return out;
}

/**
 * Someone who sees a phone number masked must not learn its hidden digits by searching for fragments:
 * for them a `q` made of digits finds a record only by the whole number. Answers the digits to match
 * exactly, or null when `q` is an ordinary search.
 */
export function wholeNumberOnly(def: ResourceDef, actor: Actor, q: string): string | null {
  const hidden = Object.entries(def.fields).some(([f, field]) => field.searchable && !maySee(actor, def, f));
  if (!hidden || !/^[\d\s+-]+$/.test(q)) return null;
  return q.replace(/\D/g, '');
}

/** The searchable sensitive columns a whole-number match compares (separators ignored). */
export function hiddenSearchColumns(def: ResourceDef, actor: Actor): string[] {
  return Object.entries(def.fields).filter(([f, field]) => field.searchable && !maySee(actor, def, f)).map(([f]) => f);
}
