import type { Knex } from 'knex';

/**
 * Each customer's first vehicle purchase day, kept on the customer: the dashboard's loyalty and churn, and the
 * owners' flow and loyalty reports, count the owners there were at each month's end by it. Looked up per owner
 * (`MIN(vehicles.purchase_date)`) it cost 70–160 ms per report at 100,000 customers; read from the customer, a
 * few. Database triggers keep it right whichever way a vehicle is written (form, import, bulk change, seed):
 * after a vehicle is added, moved to another customer, re-dated or deleted, the customers concerned are worked out
 * again from their vehicles. (SQLite drops a table's triggers when knex rebuilds the table to alter a column: a
 * later migration that does so on vehicles must create them again.)
 */
const INDEX = ['customer_type', 'first_purchase_date', 'region', 'tier_id', 'owner_id', 'last_visit_date'];
const INDEX_NAME = 'customers_owner_first_purchase_index';
const recompute = (id: string) =>
  `UPDATE customers SET first_purchase_date = (SELECT MIN(v.purchase_date) FROM vehicles v WHERE v.customer_id = ${id}) WHERE id = ${id};`;

const SQLITE_TRIGGERS = [
  `CREATE TRIGGER vehicles_first_purchase_insert AFTER INSERT ON vehicles BEGIN ${recompute('NEW.customer_id')} END`,
  `CREATE TRIGGER vehicles_first_purchase_update AFTER UPDATE OF customer_id, purchase_date ON vehicles BEGIN
     ${recompute('OLD.customer_id')} ${recompute('NEW.customer_id')} END`,
  `CREATE TRIGGER vehicles_first_purchase_delete AFTER DELETE ON vehicles BEGIN ${recompute('OLD.customer_id')} END`,
];

const PG_FUNCTION = `CREATE FUNCTION customers_first_purchase_sync() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP <> 'INSERT' THEN ${recompute('OLD.customer_id')} END IF;
  IF TG_OP <> 'DELETE' THEN ${recompute('NEW.customer_id')} END IF;
  RETURN NULL;
END $$`;
const PG_TRIGGER = `CREATE TRIGGER vehicles_first_purchase AFTER INSERT OR DELETE OR UPDATE OF customer_id, purchase_date ON vehicles
  FOR EACH ROW EXECUTE FUNCTION customers_first_purchase_sync()`;

const isPg = (knex: Knex) => knex.client.config.client === 'pg';

export async function up(knex: Knex): Promise<void> {
  await knex.schema.alterTable('customers', (t) => t.date('first_purchase_date'));
  await knex.raw('UPDATE customers SET first_purchase_date = (SELECT MIN(v.purchase_date) FROM vehicles v WHERE v.customer_id = customers.id)');
  if (isPg(knex)) {
    await knex.raw(PG_FUNCTION);
    await knex.raw(PG_TRIGGER);
  } else {
    for (const sql of SQLITE_TRIGGERS) await knex.raw(sql);
  }
  await knex.schema.alterTable('customers', (t) => t.index(INDEX, INDEX_NAME));
}

export async function down(knex: Knex): Promise<void> {
  if (isPg(knex)) {
    await knex.raw('DROP TRIGGER IF EXISTS vehicles_first_purchase ON vehicles');
    await knex.raw('DROP FUNCTION IF EXISTS customers_first_purchase_sync()');
  } else {
    for (const name of ['insert', 'update', 'delete']) await knex.raw(`DROP TRIGGER IF EXISTS vehicles_first_purchase_${name}`);
  }
  await knex.schema.alterTable('customers', (t) => t.dropIndex(INDEX, INDEX_NAME));
  await knex.schema.alterTable('customers', (t) => t.dropColumn('first_purchase_date'));
}
