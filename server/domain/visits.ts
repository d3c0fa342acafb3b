import type { Knex } from 'knex';
import type { Row } from '../resources/types.js';

/**
 * A service visit moves the customer's "last visit" (which drives the 6-month churn rule) and the
 * vehicle's "last service". Recomputed from the visits so deletes and back-dated entries stay right.
 */
export async function afterVisitWrite(trx: Knex.Transaction, visit: Row): Promise<void> {
  const customerId = visit.customer_id as number;
  const last = await trx('service_visits').where({ customer_id: customerId }).max('visit_date as d').first();
  await trx('customers').where({ id: customerId }).update({ last_visit_date: last?.d ?? null });
  if (visit.vehicle_id != null) {
    const v = await trx('service_visits').where({ vehicle_id: visit.vehicle_id }).max('visit_date as d').first();
    await trx('vehicles').where({ id: visit.vehicle_id }).update({ last_service_date: v?.d ?? null });
  }
}
