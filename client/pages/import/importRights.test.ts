import { describe, expect, it } from 'vitest';
import type { Profile } from '../../auth/session';
import type { Meta, ResourceMeta } from '../../meta/types';
import { duplicateKeyOf, importableResources, importPath, mayImport } from './importRights';

const resource = (name: string, importable?: ResourceMeta['importable']): ResourceMeta => ({
  name,
  group: 'customers',
  title: 'name',
  defaultSort: ['id', 'DESC'],
  searchable: false,
  fields: {},
  importable,
});

const meta: Meta = {
  resources: {
    customers: resource('customers', { duplicateKey: 'phone' }),
    service_visits: resource('service_visits', {}),
    complaints: resource('complaints'),
  },
  enums: {},
};

const profile = (role: Profile['user']['role'], rights: Profile['rights'], create: boolean): Profile => ({
  user: { id: 1, username: 'u', name: 'U', role, department: null } as unknown as Profile['user'],
  csrfToken: 't',
  access: {
    customers: create ? ['read', 'create'] : ['read'],
    service_visits: ['read', 'create'],
    complaints: ['read', 'create'],
  },
  rights,
  scope: 'all',
});

const manager = profile('cs_manager', ['import', 'export'], true);

describe('who may import what', () => {
  it('when a manager with the import right asks, then importable resources they may create in are offered, others not', () => {
    expect(mayImport(manager, meta, 'customers')).toBe(true);
    expect(mayImport(manager, meta, 'complaints')).toBe(false);
    expect(importableResources(manager, meta, ['complaints', 'service_visits', 'customers'])).toEqual(['service_visits', 'customers']);
  });

  it('when the role lacks the import right, then nothing is importable', () => {
    const specialist = profile('cs_specialist', ['bulk_update', 'export'], true);
    expect(importableResources(specialist, meta, ['customers', 'service_visits'])).toEqual([]);
  });

  it('when the role may not create the resource, then it may not import into it either', () => {
    expect(mayImport(profile('cs_manager', ['import'], false), meta, 'customers')).toBe(false);
  });

  it('when nobody is signed in or the resource is unknown, then no import', () => {
    expect(mayImport(undefined, meta, 'customers')).toBe(false);
    expect(mayImport(manager, meta, 'nope')).toBe(false);
  });

  it('when a resource has a duplicate key, then it is given; otherwise null', () => {
    expect(duplicateKeyOf(meta, 'customers')).toBe('phone');
    expect(duplicateKeyOf(meta, 'service_visits')).toBeNull();
  });

  it('when a path is asked, then it is under /import', () => {
    expect(importPath('customers')).toBe('/import/customers');
    expect(importPath()).toBe('/import');
  });
});
