import type { Knex } from 'knex';
import { dialectOf, type Dialect } from '../../db/connect.js';
import { customers } from '../../resources/customers.js';
import { MIN_LENGTH, addressKeySql, emailKeySql, idNumberKeySql, nameKeySql, phoneKeySql } from './keys.js';

/**
 * The blocking keys of every customer, kept in `customer_match_keys` (customer_id, kind, match_key) so that
 * finding who shares a key is an index lookup instead of normalising 100,000 records per request. Database
 * triggers keep the table right however a customer is written (form, bulk edit, import, merge, a script): the
 * keys are worked out by the one SQL below, in the trigger as in the migration's fill and the demo seed's, so
 * they cannot differ. Pinyin and edit distance stay in the scoring of the few pairs found (not computable in SQL).
 *
 * Changing a key's SQL here needs a migration that creates the triggers again and refills the table
 * (`createMatchKeyTriggers`, `fillMatchKeys`): the database keeps the trigger text it was given.
 */
export type BlockKind = 'phone' | 'email' | 'id_number' | 'address' | 'name_street' | 'name_birthday';
export const BLOCK_KINDS: readonly BlockKind[] = ['phone', 'email', 'id_number', 'address', 'name_street', 'name_birthday'];

/** How many leading characters of a normalised address name its street (北京市海淀区中关村: city, district, street). */
const STREET = 9;

interface KeyPart {
  kind: BlockKind;
  /** the key of customer `c` (joined with its phone custom field `f` for an admin's phone fields) */
  sql: string;
  min: number;
  customPhones?: boolean;
}

/** The built-in phone fields of a customer (an admin's phone fields are read from custom_fields at write time). */
const ownFields = () => Object.entries(customers.fields).filter(([, f]) => !f.custom);
const ownPhones = () => ownFields().filter(([, f]) => f.type === 'string' && f.format === 'phone').map(([name]) => name);

/** A custom phone field's value: `f` is its custom_fields row. */
const customValue = (d: Dialect) => (d === 'sqlite' ? "json_extract(c.custom, '$.' || f.key)" : '(c.custom ->> f.key)');
const customPhones = () => `custom_fields f ON f.resource = 'customers' AND f.type = 'phone' AND NOT f.retired
  AND f.key NOT IN (${ownFields().map(([n]) => `'${n}'`).join(', ')})`;

function parts(d: Dialect): KeyPart[] {
  const name = nameKeySql('c.name');
  const address = addressKeySql('c.address');
  return [
    ...ownPhones().map((p): KeyPart => ({ kind: 'phone', sql: phoneKeySql(`c.${p}`), min: MIN_LENGTH.phone })),
    { kind: 'phone', sql: phoneKeySql(customValue(d)), min: MIN_LENGTH.phone, customPhones: true },
    { kind: 'email', sql: emailKeySql('c.email'), min: MIN_LENGTH.email },
    { kind: 'id_number', sql: idNumberKeySql('c.id_number'), min: MIN_LENGTH.id_number },
    // one address shared by a family or a block of flats: only records of one surname are compared
    { kind: 'address', sql: `${address} || '|' || substr(${name}, 1, 1)`, min: MIN_LENGTH.address + 2 },
    // the same name in the same street (the city, district and street: the address's first characters)
    { kind: 'name_street', sql: `${name} || '|' || substr(${address}, 1, ${STREET})`, min: MIN_LENGTH.name + 1 + STREET },
    { kind: 'name_birthday', sql: `${name} || '|' || CAST(c.birthday AS TEXT)`, min: MIN_LENGTH.name + 11 },
  ];
}

/**
 * SELECT (customer_id, kind, match_key) of the customers `c` matching `where` (SQL over `c`), keys too short to
 * say anything left out (a phone "110", an address "成都"); `kinds` narrows to some kinds.
 */
export function matchKeysSelect(d: Dialect, where: string, kinds: readonly BlockKind[] = BLOCK_KINDS): string {
  return parts(d)
    .filter((p) => kinds.includes(p.kind))
    .map((p) => `SELECT customer_id, '${p.kind}' AS kind, k AS match_key FROM (SELECT c.id AS customer_id, ${p.sql} AS k`
      + ` FROM customers c${p.customPhones ? ` JOIN ${customPhones()}` : ''} WHERE ${where}) s WHERE length(k) >= ${p.min}`)
    .join('\nUNION ALL ');
}

const insertKeys = (d: Dialect, where: string, kinds?: readonly BlockKind[]) =>
  `INSERT INTO customer_match_keys (customer_id, kind, match_key) ${matchKeysSelect(d, where, kinds)}`;

/** The columns the keys are made of: an update touching none of them leaves the keys as they are. */
const keyColumns = () => [...new Set(['name', ...ownPhones(), 'email', 'id_number', 'address', 'birthday'])];

/**
 * True in a trigger when an update changed a key column or the value of an admin's phone field (`subquery`
 * false: only whether the custom values changed at all, for PostgreSQL's WHEN, which takes no subquery).
 */
function changedSql(d: Dialect, subquery = true): string {
  const differs = (a: string, b: string) => (d === 'sqlite' ? `${a} IS NOT ${b}` : `${a} IS DISTINCT FROM ${b}`);
  const custom = (row: string) => (d === 'sqlite' ? `json_extract(${row}.custom, '$.' || f.key)` : `(${row}.custom ->> f.key)`);
  const phones = `EXISTS (SELECT 1 FROM custom_fields f WHERE f.resource = 'customers' AND f.type = 'phone' AND ${differs(custom('OLD'), custom('NEW'))})`;
  const customChanged = subquery ? `(${differs('OLD.custom', 'NEW.custom')} AND ${phones})` : differs('OLD.custom', 'NEW.custom');
  return [...keyColumns().map((c) => differs(`OLD.${c}`, `NEW.${c}`)), customChanged].join(' OR ');
}

/** The columns of a custom field that decide whether it is one of the customers' phone fields. */
const FIELD_COLUMNS = 'resource, key, type, retired';
const isCustomerPhone = (row: string) => `${row}.resource = 'customers' AND ${row}.type = 'phone'`;

const refillPhones = (d: Dialect) => `DELETE FROM customer_match_keys WHERE kind = 'phone'; ${insertKeys(d, '1 = 1', ['phone'])};`;

/**
 * `customer_match_groups` holds the keys two or more records share, with how many and, for a group small enough
 * to say something (MAX_GROUP), its customers' ids: the list reads a few thousand rows instead of grouping every
 * key. Each key written or removed counts its group again (an index range), in the key table's own triggers.
 * Changing MAX_GROUP needs a migration that fills the groups again.
 */
export const MAX_GROUP = 10;
const idsOf = (d: Dialect) => (d === 'postgres' ? "string_agg(CAST(customer_id AS TEXT), ',')" : "group_concat(customer_id, ',')");
const groupsSelect = (d: Dialect, where: string) => `SELECT kind, match_key, COUNT(*), CASE WHEN COUNT(*) <= ${MAX_GROUP} THEN ${idsOf(d)} END
  FROM customer_match_keys WHERE ${where} GROUP BY kind, match_key HAVING COUNT(*) >= 2`;
const recount = (d: Dialect, row: string) => `DELETE FROM customer_match_groups WHERE kind = ${row}.kind AND match_key = ${row}.match_key;
  INSERT INTO customer_match_groups (kind, match_key, size, ids) ${groupsSelect(d, `kind = ${row}.kind AND match_key = ${row}.match_key`)};`;
const fillGroups = (d: Dialect) => `INSERT INTO customer_match_groups (kind, match_key, size, ids) ${groupsSelect(d, '1 = 1')}`;

const sqliteTriggers = (): string[] => [
  `CREATE TRIGGER customer_match_keys_count_insert AFTER INSERT ON customer_match_keys BEGIN ${recount('sqlite', 'NEW')} END`,
  `CREATE TRIGGER customer_match_keys_count_delete AFTER DELETE ON customer_match_keys BEGIN ${recount('sqlite', 'OLD')} END`,
  `CREATE TRIGGER customers_match_keys_insert AFTER INSERT ON customers BEGIN ${insertKeys('sqlite', 'c.id = NEW.id')}; END`,
  `CREATE TRIGGER customers_match_keys_update AFTER UPDATE OF ${[...keyColumns(), 'custom'].join(', ')} ON customers
     WHEN ${changedSql('sqlite')}
     BEGIN DELETE FROM customer_match_keys WHERE customer_id = OLD.id; ${insertKeys('sqlite', 'c.id = NEW.id')}; END`,
  // an admin's phone field added, changed, retired or deleted: every customer's phone keys again
  `CREATE TRIGGER custom_fields_match_keys_insert AFTER INSERT ON custom_fields
     WHEN ${isCustomerPhone('NEW')} BEGIN ${refillPhones('sqlite')} END`,
  `CREATE TRIGGER custom_fields_match_keys_update AFTER UPDATE OF ${FIELD_COLUMNS} ON custom_fields
     WHEN (${isCustomerPhone('OLD')}) OR (${isCustomerPhone('NEW')}) BEGIN ${refillPhones('sqlite')} END`,
  `CREATE TRIGGER custom_fields_match_keys_delete AFTER DELETE ON custom_fields
     WHEN ${isCustomerPhone('OLD')} BEGIN ${refillPhones('sqlite')} END`,
];
const SQLITE_TRIGGER_NAMES = ['customer_match_keys_count_insert', 'customer_match_keys_count_delete', 'customers_match_keys_insert', 'customers_match_keys_update', 'custom_fields_match_keys_insert',
  'custom_fields_match_keys_update', 'custom_fields_match_keys_delete'];

const pgStatements = (): string[] => [
  `CREATE FUNCTION customer_match_groups_sync() RETURNS trigger LANGUAGE plpgsql AS $$
   BEGIN
     IF TG_OP = 'INSERT' THEN ${recount('postgres', 'NEW')} ELSE ${recount('postgres', 'OLD')} END IF;
     RETURN NULL;
   END $$`,
  `CREATE TRIGGER customer_match_keys_count AFTER INSERT OR DELETE ON customer_match_keys FOR EACH ROW EXECUTE FUNCTION customer_match_groups_sync()`,
  `CREATE FUNCTION customers_match_keys_sync() RETURNS trigger LANGUAGE plpgsql AS $$
   BEGIN
     IF TG_OP = 'UPDATE' THEN
       IF NOT (${changedSql('postgres')}) THEN RETURN NULL; END IF;
       DELETE FROM customer_match_keys WHERE customer_id = OLD.id;
     END IF;
     ${insertKeys('postgres', 'c.id = NEW.id')};
     RETURN NULL;
   END $$`,
  `CREATE TRIGGER customers_match_keys_insert AFTER INSERT ON customers FOR EACH ROW EXECUTE FUNCTION customers_match_keys_sync()`,
  `CREATE TRIGGER customers_match_keys_update AFTER UPDATE OF ${[...keyColumns(), 'custom'].join(', ')} ON customers
     FOR EACH ROW WHEN (${changedSql('postgres', false)}) EXECUTE FUNCTION customers_match_keys_sync()`,
  `CREATE FUNCTION custom_fields_match_keys_sync() RETURNS trigger LANGUAGE plpgsql AS $$
   BEGIN
     IF TG_OP <> 'INSERT' THEN
       IF ${isCustomerPhone('OLD')} THEN ${refillPhones('postgres')} RETURN NULL; END IF;
     END IF;
     IF TG_OP <> 'DELETE' THEN
       IF ${isCustomerPhone('NEW')} THEN ${refillPhones('postgres')} END IF;
     END IF;
     RETURN NULL;
   END $$`,
  `CREATE TRIGGER custom_fields_match_keys AFTER INSERT OR DELETE OR UPDATE OF ${FIELD_COLUMNS} ON custom_fields
     FOR EACH ROW EXECUTE FUNCTION custom_fields_match_keys_sync()`,
];

/** Creates the triggers that keep `customer_match_keys` right (the table must exist). */
export async function createMatchKeyTriggers(knex: Knex): Promise<void> {
  const statements = dialectOf(knex) === 'postgres' ? pgStatements() : sqliteTriggers();
  for (const sql of statements) await knex.raw(sql);
}

export async function dropMatchKeyTriggers(knex: Knex): Promise<void> {
  if (dialectOf(knex) === 'postgres') {
    await knex.raw('DROP TRIGGER IF EXISTS custom_fields_match_keys ON custom_fields');
    await knex.raw('DROP TRIGGER IF EXISTS customers_match_keys_update ON customers');
    await knex.raw('DROP TRIGGER IF EXISTS customers_match_keys_insert ON customers');
    await knex.raw('DROP FUNCTION IF EXISTS custom_fields_match_keys_sync()');
    await knex.raw('DROP FUNCTION IF EXISTS customers_match_keys_sync()');
    await knex.raw('DROP TRIGGER IF EXISTS customer_match_keys_count ON customer_match_keys');
    await knex.raw('DROP FUNCTION IF EXISTS customer_match_groups_sync()');
  } else {
    for (const name of SQLITE_TRIGGER_NAMES) await knex.raw(`DROP TRIGGER IF EXISTS ${name}`);
  }
}

/** Works out every customer's keys and the shared ones set-wise, with the triggers' SQL, replacing what is kept. */
export async function fillMatchKeys(knex: Knex): Promise<void> {
  await knex('customer_match_groups').delete();
  await knex('customer_match_keys').delete();
  await knex.raw(insertKeys(dialectOf(knex), '1 = 1'));
  await knex.raw(fillGroups(dialectOf(knex)));
}

/**
 * Runs a bulk load of customers (the demo seed) with these triggers off, then works the keys out set-wise: a
 * trigger per row would cost more than the load. Only these triggers: the customers' others (the search
 * index's) stay on. In the caller's transaction.
 */
export async function withoutMatchKeyTriggers<T>(trx: Knex.Transaction, load: () => Promise<T>): Promise<T> {
  await dropMatchKeyTriggers(trx);
  const result = await load();
  await fillMatchKeys(trx);
  await createMatchKeyTriggers(trx);
  return result;
}
