import type { Knex } from 'knex';
import { dialectOf } from '../../db/connect.js';
import { careSetting } from '../care/settings.js';
import { addDays, addMonths } from '../chinaTime.js';
import { instantsOf } from '../analytics/months.js';
import { flagsSql } from './flags.js';
import { segmentSql } from './segments.js';
import type { ValueSetting } from './valueSetting.js';
import { SNAPSHOTS } from './snapshotTable.js';

export { SNAPSHOTS };

/**
 * RFM as of day D, for every owner and fleet customer (prospects have no value history) on the books by D:
 * - recency: days from their last service visit or car purchase up to D (none yet: no days, score 1);
 * - frequency: service visits + cars bought in the `window_months` months up to D;
 * - monetary: what those visits cost plus the price of those cars, in yuan (a car bought in the window counts
 *   whole: for a dealer the sale is the biggest spend a customer makes).
 * Scores 1–5: by rank among all these customers (`quintile`: 1 + ⌊5 × (rank − 1) / count⌋, where ties share the
 * lowest rank, so equal values always get equal scores and the result does not depend on the engine's order
 * of ties), or by the setting's cut points (`fixed`). The whole month is written by one INSERT … SELECT; the facts
 * are MATERIALIZED once (SQLite would otherwise compute them again for each of the three rankings).
 */
function scoreSql(s: ValueSetting, column: string, cuts: readonly number[], better: 'low' | 'high'): string {
  if (s.method === 'fixed') {
    const op = better === 'low' ? '<=' : '>=';
    return `(1 + ${cuts.map((c) => `CASE WHEN ${column} ${op} ${Number(c)} THEN 1 ELSE 0 END`).join(' + ')})`;
  }
  // no recency at all ranks as the longest ago
  const order = better === 'low' ? `COALESCE(${column}, 1000000) DESC` : `${column} ASC`;
  return `((RANK() OVER (ORDER BY ${order}) - 1) * 5 / COUNT(*) OVER () + 1)`;
}

function snapshotSql(db: Knex, s: ValueSetting): string {
  const pg = dialectOf(db) === 'postgres';
  const year = pg ? 'CAST(EXTRACT(YEAR FROM visit_date) AS INTEGER)' : 'substr(visit_date, 1, 4)';
  const days = pg ? 'CAST(:asOf AS date) - last_activity' : 'CAST(julianday(:asOf) - julianday(last_activity) AS INTEGER)';
  // PostgreSQL types the bare parameters of a SELECT list as text, which a date or timestamp column refuses
  const [asOfValue, stampValue] = pg ? ['CAST(:asOf AS date)', 'CAST(:stamp AS timestamptz)'] : [':asOf', ':stamp'];
  const severities = s.major_severities.map((v) => `'${v.replace(/'/g, '')}'`).join(', ');
  return `
WITH vis AS (
  SELECT customer_id, MAX(visit_date) AS last_visit,
    SUM(CASE WHEN visit_date > :windowStart THEN 1 ELSE 0 END) AS n,
    SUM(CASE WHEN visit_date > :windowStart THEN COALESCE(amount, 0) ELSE 0 END) AS spend,
    SUM(CASE WHEN visit_date > :yearAgo THEN 1 ELSE 0 END) AS n_year,
    COUNT(DISTINCT CASE WHEN visit_type IN ('insurance', 'inspection') THEN ${year} END) AS dealer_years
  FROM service_visits WHERE visit_date <= :asOf GROUP BY customer_id
), veh AS (
  SELECT customer_id, MAX(purchase_date) AS last_buy,
    SUM(CASE WHEN purchase_date > :windowStart THEN 1 ELSE 0 END) AS n,
    SUM(CASE WHEN purchase_date > :windowStart THEN COALESCE(price, 0) ELSE 0 END) AS spend,
    COUNT(*) AS cars,
    MAX(CASE WHEN purchase_type IN ('replacement', 'additional') THEN 1 ELSE 0 END) AS repurchase,
    MAX(CASE WHEN warranty_end > :warrantySince AND warranty_end <= :asOf THEN 1 ELSE 0 END) AS warranty_ended,
    MAX(insurance_years) AS insurance_years
  FROM vehicles WHERE purchase_date IS NULL OR purchase_date <= :asOf GROUP BY customer_id
), ref AS (
  SELECT DISTINCT rc.referred_by_id AS customer_id FROM customers rc JOIN vehicles rv ON rv.customer_id = rc.id
  WHERE rc.referred_by_id IS NOT NULL AND rv.purchase_date > :referralSince AND rv.purchase_date <= :asOf
), cmp AS (
  SELECT DISTINCT customer_id FROM complaints WHERE severity IN (${severities}) AND received_at < :endInstant
), facts AS (
  SELECT c.id AS customer_id,
    CASE WHEN veh.last_buy IS NULL OR (vis.last_visit IS NOT NULL AND vis.last_visit > veh.last_buy) THEN vis.last_visit ELSE veh.last_buy END AS last_activity,
    COALESCE(vis.n, 0) + COALESCE(veh.n, 0) AS frequency,
    ROUND(COALESCE(vis.spend, 0) + COALESCE(veh.spend, 0), 2) AS monetary,
    ${flagsSql(s)} AS flags
  FROM customers c
  LEFT JOIN vis ON vis.customer_id = c.id
  LEFT JOIN veh ON veh.customer_id = c.id
  LEFT JOIN ref ON ref.customer_id = c.id
  LEFT JOIN cmp ON cmp.customer_id = c.id
  WHERE c.customer_type IN ('owner', 'fleet') AND c.created_at < :endInstant
), aged AS MATERIALIZED (
  SELECT facts.*, ${days} AS recency_days FROM facts
), scored AS (
  SELECT aged.*,
    ${scoreSql(s, 'recency_days', s.recency_days, 'low')} AS r,
    ${scoreSql(s, 'frequency', s.frequency, 'high')} AS f,
    ${scoreSql(s, 'monetary', s.monetary, 'high')} AS m
  FROM aged
)
INSERT INTO ${SNAPSHOTS} (month, as_of, customer_id, r, f, m, recency_days, frequency, monetary, segment, previous_segment, flags, created_at)
SELECT :month, ${asOfValue}, scored.customer_id, scored.r, scored.f, scored.m, scored.recency_days, scored.frequency, scored.monetary,
  ${segmentSql('scored.r', 'scored.f', 'scored.m')}, pm.segment, scored.flags, ${stampValue}
FROM scored LEFT JOIN ${SNAPSHOTS} pm ON pm.month = :previousMonth AND pm.customer_id = scored.customer_id`;
}

/** The last day of `month` (YYYY-MM). */
export const monthEnd = (month: string): string => addDays(addMonths(`${month}-01`, 1), -1);

/**
 * Rewrites one month's snapshot as of `asOf` (a day of that month) in one transaction: the month's rows are
 * deleted and written again, so running it twice gives the same rows. Each row keeps the customer's segment of
 * the month before (write the months in order: the job finishes last month before it writes this one). Returns
 * how many customers it holds.
 */
export async function writeValueSnapshot(db: Knex, month: string, asOf: string, now = new Date()): Promise<number> {
  const s = await careSetting(db, 'value');
  const end = addDays(asOf, 1);
  const bindings = {
    month, asOf, previousMonth: addMonths(`${month}-01`, -1).slice(0, 7),
    windowStart: addMonths(asOf, -s.window_months),
    yearAgo: addMonths(asOf, -12),
    warrantySince: addMonths(asOf, -s.warranty_ended_months),
    referralSince: addMonths(asOf, -s.referral_months),
    endInstant: instantsOf(asOf, end)[1],
    stamp: now.toISOString(),
  };
  return db.transaction(async (trx) => {
    await trx(SNAPSHOTS).where({ month }).delete();
    await trx.raw(snapshotSql(trx, s), bindings);
    const row = await trx(SNAPSHOTS).where({ month }).count({ n: '*' }).first();
    return Number(row?.n ?? 0);
  });
}
