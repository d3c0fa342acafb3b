import { describe, expect, it } from 'vitest';
import type { ResourceMeta } from '../../meta/types';
import { importableFields, mappingOf, remap } from './importFields';

const customers: ResourceMeta = {
  name: 'customers',
  group: 'customers',
  title: 'name',
  defaultSort: ['id', 'DESC'],
  searchable: true,
  fields: {
    id: { type: 'integer', readOnly: true },
    created_at: { type: 'datetime', readOnly: true },
    name: { type: 'string', required: true },
    phone: { type: 'string', format: 'phone' },
    points_balance: { type: 'integer', readOnly: true },
    password: { type: 'string', writeOnly: true },
  },
};

describe('import fields and mapping', () => {
  it('when the fields a file may fill are listed, then system and read-only fields are left out', () => {
    expect(importableFields(customers)).toEqual(['name', 'phone', 'password']);
  });

  it('when the server answers its columns, then they become header → field, skipped columns as null', () => {
    expect(mappingOf([{ header: '姓名', field: 'name', matchedBy: 'label_zh' }, { header: '备注2', field: null, matchedBy: null }])).toEqual({ 姓名: 'name', 备注2: null });
  });

  it('when a column is pointed at a field another column fills, then the other column lets go of it', () => {
    const next = remap({ 姓名: 'name', 客户: null, 电话: 'phone' }, '客户', 'name');
    expect(next).toEqual({ 姓名: null, 客户: 'name', 电话: 'phone' });
  });

  it('when a column is set to skip, then only it changes', () => {
    expect(remap({ 姓名: 'name', 电话: 'phone' }, '电话', null)).toEqual({ 姓名: 'name', 电话: null });
  });
});
