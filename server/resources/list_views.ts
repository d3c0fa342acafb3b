import type { Knex } from 'knex';
import type { ResourceDef, Row } from './types.js';
import { roleGroups } from './access.js';
import { badRequest } from '../errors.js';
import { reason } from '../rest/reasons.js';
import { serialize } from '../rest/serialize.js';
import { assertMayWriteView, mayReadView, readableViews } from '../domain/listViews/access.js';
import { configErrors } from '../domain/listViews/config.js';
import { clearOtherDefault } from '../domain/listViews/defaults.js';

/**
 * Checks the config against the list it is for (a field the list has, a filter and sort the list endpoint reads)
 * and, when the view becomes its role's default, takes the mark off the one before, all in the write's transaction.
 */
async function prepare(trx: Knex.Transaction, values: Row, id?: number): Promise<Row> {
  const stored = id === undefined ? {} : serialize(list_views, (await trx('list_views').where({ id }).first()) as Row);
  const view = { ...stored, ...values };
  if (id === undefined || values.resource !== undefined || values.config !== undefined) {
    // the registry lists this definition: read at call time, as lookups.ts does, not at import
    const { getResource } = await import('./index.js');
    const target = typeof view.resource === 'string' ? getResource(view.resource) : undefined;
    if (!target || target.name === 'list_views') throw badRequest({ resource: reason('no_such_list') });
    const errors = configErrors(target, view.config);
    if (Object.keys(errors).length) throw badRequest(errors);
  }
  await clearOtherDefault(trx, view, id);
  return values;
}

export const list_views: ResourceDef = {
  name: 'list_views',
  table: 'list_views',
  group: 'settings',
  title: 'name',
  defaultSort: ['name', 'ASC'],
  unique: [['owner_id', 'resource', 'name']],
  // everyone keeps views; which rows each reads and writes is the `personal` rule below
  access: { read: roleGroups.ALL, create: roleGroups.ALL, update: roleGroups.ALL, delete: roleGroups.ALL },
  personal: { owner: 'owner_id', readable: readableViews, mayRead: mayReadView },
  fields: {
    resource: { type: 'string', required: true, max: 60, filterable: true, sortable: true },
    name: { type: 'string', required: true, max: 60, sortable: true },
    owner_id: { type: 'reference', reference: 'users', readOnly: true, filterable: true, sortable: true },
    // null: private to its owner
    shared_role: { type: 'enum', enum: 'role', filterable: true, sortable: true },
    default_for_role: { type: 'boolean', default: false, filterable: true },
    config: { type: 'json', shape: 'object', required: true },
  },
  validate: (view) => (view.default_for_role === true && view.shared_role == null ? { default_for_role: reason('default_needs_role') } : null),
  prepare,
  // the owner and sharing rules need the actor: checked after the write, inside its transaction, which a refusal rolls back
  afterRows: async (_trx, changes, ctx) => {
    for (const { before, after } of changes) assertMayWriteView(ctx.actor, before, after);
  },
};
