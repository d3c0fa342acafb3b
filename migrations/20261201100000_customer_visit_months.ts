import type { Knex } from 'knex';

/**
 * The months each customer came for service (server/domain/visitMonths.ts): the latest visit's month index and a
 * 48-bit mask of the visit months up to it. The dashboard's loyalty and the owners' retention read 12 months of
 * "visited in the year up to M" from the owners' rows instead of grouping 140,000 visits (120–180 ms per report
 * at 100,000 customers). Database triggers keep both columns right whichever way a visit is written: after a
 * visit is added, moved to another customer, re-dated or deleted, the customers concerned are worked out again.
 * (SQLite drops a table's triggers when knex rebuilds the table to alter a column: a later migration that does so
 * on service_visits must create them again.)
 */
const BITS = 48;
const INDEX = ['customer_type', 'visit_months_anchor', 'visit_months', 'region', 'tier_id', 'owner_id'];
const INDEX_NAME = 'customers_owner_visit_months_index';

const monthOf = (pg: boolean, col: string) => (pg
  ? `(CAST(EXTRACT(YEAR FROM ${col}) AS INTEGER) * 12 + CAST(EXTRACT(MONTH FROM ${col}) AS INTEGER) - 1)`
  : `(CAST(substr(${col}, 1, 4) AS INTEGER) * 12 + CAST(substr(${col}, 6, 2) AS INTEGER) - 1)`);

/** SQL setting both columns of customer `id` (an expression: NEW.customer_id, customers.id) from its visits. */
function recompute(pg: boolean, id: string): string {
  const latest = `SELECT ${monthOf(pg, 'MAX(w.visit_date)')} AS a FROM service_visits w WHERE w.customer_id = ${id}`;
  const month = monthOf(pg, 'v.visit_date');
  const bit = `(CAST(1 AS BIGINT) << (t.a - ${month}))`;
  const mask = `SELECT ${pg ? `bit_or(${bit})` : `SUM(DISTINCT ${bit})`} FROM service_visits v, (${latest}) t
    WHERE v.customer_id = ${id} AND ${month} > t.a - ${BITS}`;
  return `UPDATE customers SET visit_months_anchor = (SELECT t.a FROM (${latest}) t), visit_months = COALESCE((${mask}), 0) WHERE id = ${id};`;
}

const sqliteTriggers = () => [
  `CREATE TRIGGER service_visits_months_insert AFTER INSERT ON service_visits BEGIN ${recompute(false, 'NEW.customer_id')} END`,
  `CREATE TRIGGER service_visits_months_update AFTER UPDATE OF customer_id, visit_date ON service_visits BEGIN
     ${recompute(false, 'OLD.customer_id')} ${recompute(false, 'NEW.customer_id')} END`,
  `CREATE TRIGGER service_visits_months_delete AFTER DELETE ON service_visits BEGIN ${recompute(false, 'OLD.customer_id')} END`,
];

const pgFunction = () => `CREATE FUNCTION customers_visit_months_sync() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP <> 'INSERT' THEN ${recompute(true, 'OLD.customer_id')} END IF;
  IF TG_OP <> 'DELETE' THEN ${recompute(true, 'NEW.customer_id')} END IF;
  RETURN NULL;
END $$`;
const PG_TRIGGER = `CREATE TRIGGER service_visits_months AFTER INSERT OR DELETE OR UPDATE OF customer_id, visit_date ON service_visits
  FOR EACH ROW EXECUTE FUNCTION customers_visit_months_sync()`;

const isPg = (knex: Knex) => knex.client.config.client === 'pg';

export async function up(knex: Knex): Promise<void> {
  const pg = isPg(knex);
  await knex.schema.alterTable('customers', (t) => {
    t.integer('visit_months_anchor');
    t.bigInteger('visit_months').notNullable().defaultTo(0);
  });
  await knex.raw(recompute(pg, 'customers.id').replace(/ WHERE id = customers\.id;$/, ''));
  if (pg) {
    await knex.raw(pgFunction());
    await knex.raw(PG_TRIGGER);
  } else {
    for (const sql of sqliteTriggers()) await knex.raw(sql);
  }
  await knex.schema.alterTable('customers', (t) => t.index(INDEX, INDEX_NAME));
}

export async function down(knex: Knex): Promise<void> {
  if (isPg(knex)) {
    await knex.raw('DROP TRIGGER IF EXISTS service_visits_months ON service_visits');
    await knex.raw('DROP FUNCTION IF EXISTS customers_visit_months_sync()');
  } else {
    for (const name of ['insert', 'update', 'delete']) await knex.raw(`DROP TRIGGER IF EXISTS service_visits_months_${name}`);
  }
  await knex.schema.alterTable('customers', (t) => t.dropIndex(INDEX, INDEX_NAME));
  await knex.schema.alterTable('customers', (t) => {
    t.dropColumn('visit_months');
    t.dropColumn('visit_months_anchor');
  });
}
