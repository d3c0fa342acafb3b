import type { Knex } from 'knex';
import type { ResourceDef } from '../../resources/types.js';
import { badRequest } from '../../errors.js';
import { reason } from '../../rest/reasons.js';

type VirtualFilter = NonNullable<ResourceDef['virtualFilters']>[string];

/**
 * A prospect's card counts as converted once the customer became an owner (or fleet customer) or a vehicle of
 * theirs is on record: the type is set by hand and is sometimes late, the vehicle is not. SQL over `customers`.
 */
export const CONVERTED_SQL = "(customers.customer_type IN ('owner', 'fleet') OR EXISTS (SELECT 1 FROM vehicles WHERE vehicles.customer_id = customers.id))";

/** The customers list's `converted` filter (`yes`: converted, `no`: still a prospect), so a report's number opens its customers. */
export const prospectFilters: Record<string, VirtualFilter> = {
  converted: (qb: Knex.QueryBuilder, value) => {
    if (value !== 'yes' && value !== 'no') throw badRequest({ converted: reason('not_in_list', { options: 'yes, no' }) });
    if (value === 'yes') qb.whereRaw(CONVERTED_SQL);
    else qb.whereRaw(`NOT ${CONVERTED_SQL}`);
  },
};
