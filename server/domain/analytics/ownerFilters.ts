import type { Knex } from 'knex';
import { badRequest } from '../../errors.js';
import { reason } from '../../rest/reasons.js';
import { atChinaTime, addDays } from '../chinaTime.js';
import { OWNER_TYPES } from './owners.js';
import { repeatBindings, repeatSql } from './ownerSql.js';

type VirtualFilter = (qb: Knex.QueryBuilder, value: unknown, db: Knex) => void;

const DAY = /^\d{4}-\d{2}-\d{2}$/;
const isDay = (v: unknown): v is string => typeof v === 'string' && DAY.test(v) && !Number.isNaN(Date.parse(`${v}T00:00:00Z`))
  && new Date(`${v}T00:00:00Z`).toISOString().slice(0, 10) === v;
const MODEL_CODE = /^[\w-]{1,64}$/;

function day(name: string, value: unknown): string {
  if (!isDay(value)) throw badRequest({ [name]: reason('not_date') });
  return value;
}

/** `[from, to]`: a list of two China days, inclusive, in order. */
function days(name: string, value: unknown): [string, string] {
  if (!Array.isArray(value) || value.length !== 2) throw badRequest({ [name]: reason('not_list') });
  const [from, to] = [day(name, value[0]), day(name, value[1])];
  if (from > to) throw badRequest({ [name]: reason('end_before_start') });
  return [from, to];
}

/** A yes/no filter holds `yes` (the list's virtual filters take text, not booleans). */
function yes(name: string, value: unknown): void {
  if (value !== 'yes') throw badRequest({ [name]: reason('not_in_list', { options: 'yes' }) });
}

/**
 * The customers list's filters behind the owner report's numbers (server/domain/analytics/ownerReport.ts,
 * ownerFlow.ts), for what no field says:
 * `first_purchase_between: [from, to]` — their first vehicle purchase falls in those China days (became an owner);
 * `first_purchase_by: day` — bought their first vehicle on or before the day, or have no dated purchase;
 * `not_lapsed_since: day` — last visit on or after the day, or no visit yet (not lost by the churn rule then);
 * `visited_between: [from, to]` or `[from, to, model]` — a service visit in those days (of a vehicle of that model);
 * `purchased_between: [from, to]` — bought a vehicle in those days;
 * `repurchased: 'yes'` — bought again: a later purchase than the first, or a replacement or additional one;
 * `repurchased_between: [from, to]` — such a repeat purchase in those days;
 * `referred_by_owner: 'yes'` — referred by an owner (owner or fleet customer);
 * `referred_between: [from, to]` — referred a customer whose card was opened in those days.
 */
export const ownerFilters: Record<string, VirtualFilter> = {
  first_purchase_between: (qb, value) => {
    const [from, to] = days('first_purchase_between', value);
    qb.where('customers.first_purchase_date', '>=', from).where('customers.first_purchase_date', '<=', to);
  },
  first_purchase_by: (qb, value) => {
    const to = day('first_purchase_by', value);
    // as the dashboard counts the owners at a month's end: an owner with no dated purchase counts as one all along
    qb.where((w: Knex.QueryBuilder) => w.whereNull('customers.first_purchase_date').orWhere('customers.first_purchase_date', '<=', to));
  },
  not_lapsed_since: (qb, value) => {
    const since = day('not_lapsed_since', value);
    qb.where((w: Knex.QueryBuilder) => w.whereNull('customers.last_visit_date').orWhere('customers.last_visit_date', '>=', since));
  },
  visited_between: (qb, value, db) => {
    const list = Array.isArray(value) ? value : [];
    const model = list.length === 3 ? list[2] : undefined;
    if (model !== undefined && !(typeof model === 'string' && MODEL_CODE.test(model))) throw badRequest({ visited_between: reason('not_text') });
    const [from, to] = days('visited_between', model === undefined ? value : list.slice(0, 2));
    const visits = db('service_visits').select('service_visits.customer_id').where('service_visits.visit_date', '>=', from).where('service_visits.visit_date', '<=', to);
    if (model !== undefined) visits.whereIn('service_visits.vehicle_id', db('vehicles').select('vehicles.id').where('vehicles.model', model));
    qb.whereIn('customers.id', visits);
  },
  purchased_between: (qb, value, db) => {
    const [from, to] = days('purchased_between', value);
    qb.whereIn('customers.id', db('vehicles').select('vehicles.customer_id').where('vehicles.purchase_date', '>=', from).where('vehicles.purchase_date', '<=', to));
  },
  repurchased: (qb, value, db) => {
    yes('repurchased', value);
    qb.whereIn('customers.id', db('vehicles').select('vehicles.customer_id').groupBy('vehicles.customer_id').havingRaw(repeatSql(false), repeatBindings()));
  },
  repurchased_between: (qb, value, db) => {
    const [from, to] = days('repurchased_between', value);
    qb.whereIn('customers.id', db('vehicles').select('vehicles.customer_id').groupBy('vehicles.customer_id').havingRaw(repeatSql(true), repeatBindings([from, to])));
  },
  referred_by_owner: (qb, value, db) => {
    yes('referred_by_owner', value);
    qb.whereIn('customers.referred_by_id', db('customers as referrer').select('referrer.id').whereIn('referrer.customer_type', OWNER_TYPES));
  },
  referred_between: (qb, value, db) => {
    const [from, to] = days('referred_between', value);
    qb.whereIn('customers.id', db('customers as referred').select('referred.referred_by_id').whereNotNull('referred.referred_by_id')
      .where('referred.created_at', '>=', atChinaTime(from, 0).toISOString()).where('referred.created_at', '<', atChinaTime(addDays(to, 1), 0).toISOString()));
  },
};
