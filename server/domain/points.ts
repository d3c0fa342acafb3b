import type { Knex } from 'knex';
import type { Row } from '../resources/types.js';

/** A customer's points balance is the sum of their ledger; kept on the customer row for sorting and filtering. */
export async function refreshPointsBalance(trx: Knex.Transaction, entry: Row): Promise<void> {
  const customerId = entry.customer_id as number;
  const sum = await trx('point_entries').where({ customer_id: customerId }).sum('points as s').first();
  await trx('customers').where({ id: customerId }).update({ points_balance: Number(sum?.s ?? 0) });
}
