import type { ResourceDef } from './types.js';
import { adminSettings } from './access.js';
import { hashPassword } from '../auth/password.js';
import { PASSWORD_MAX, PASSWORD_MIN } from '../auth/password.js';
import { reason } from '../rest/reasons.js';
import { badRequest } from '../errors.js';

export const users: ResourceDef = {
  name: 'users',
  table: 'users',
  group: 'settings',
  title: 'name',
  defaultSort: ['name', 'ASC'],
  unique: [['username']],
  access: adminSettings,
  internalColumns: ['password_hash', 'password_changed_at'],
  fields: {
    username: { type: 'string', required: true, max: 40, sortable: true, searchable: true },
    name: { type: 'string', required: true, max: 60, sortable: true, searchable: 'pinyin' },
    role: { type: 'enum', enum: 'role', required: true, default: 'cs_specialist', filterable: true, sortable: true },
    department: { type: 'lookup', lookup: 'department', filterable: true },
    phone: { type: 'string', format: 'phone', max: 20 },
    email: { type: 'string', format: 'email', max: 120 },
    active: { type: 'boolean', default: true, filterable: true },
    password: { type: 'string', writeOnly: true, minLength: PASSWORD_MIN, max: PASSWORD_MAX },
  },
  validate: (record) => {
    const username = record.username;
    return typeof username === 'string' && !/^[a-z0-9][a-z0-9._-]*$/i.test(username)
      ? { username: reason('bad_username') }
      : null;
  },
  prepare: async (trx, values, id) => {
    const { password, ...rest } = values;
    if (typeof password === 'string') {
      rest.password_hash = await hashPassword(password);
      rest.password_changed_at = new Date().toISOString();
      // a new password signs the user out everywhere
      if (id !== undefined) await trx('sessions').where({ user_id: id }).delete();
    }
    if (rest.active === false && id !== undefined) await trx('sessions').where({ user_id: id }).delete();
    if (id !== undefined && (rest.active === false || (rest.role !== undefined && rest.role !== 'admin'))) {
      const others = await trx('users').where({ role: 'admin', active: true }).whereNot({ id }).count({ n: '*' }).first();
      const self = await trx('users').where({ id }).first('role');
      if (self?.role === 'admin' && Number(others?.n ?? 0) === 0) {
        throw badRequest({ [rest.active === false ? 'active' : 'role']: reason('last_admin') });
      }
    }
    return rest;
  },
};
