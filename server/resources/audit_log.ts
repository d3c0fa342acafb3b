import type { ResourceDef } from './types.js';
import { readOnly } from './access.js';

/**
 * Who changed what: one row per created, changed or deleted record (and per sign-in), written by the
 * server in the same transaction as the change. `changes` maps each field to `{ from, to }`.
 */
export const audit_log: ResourceDef = {
  name: 'audit_log',
  table: 'audit_log',
  group: 'settings',
  title: 'record_title',
  defaultSort: ['created_at', 'DESC'],
  access: readOnly,
  audited: false,
  fields: {
    user_id: { type: 'reference', reference: 'users', readOnly: true, filterable: true, sortable: true },
    username: { type: 'string', max: 40, readOnly: true, filterable: true },
    action: { type: 'enum', enum: 'audit_action', readOnly: true, required: true, filterable: true, sortable: true },
    resource: { type: 'string', max: 40, readOnly: true, required: true, filterable: true, sortable: true },
    record_id: { type: 'integer', readOnly: true, filterable: true },
    record_title: { type: 'string', max: 200, readOnly: true },
    changes: { type: 'json', shape: 'object', readOnly: true },
    request_id: { type: 'string', max: 64, readOnly: true, filterable: true },
    batch_id: { type: 'string', max: 64, readOnly: true, filterable: true },
  },
};
