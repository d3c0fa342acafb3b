import { describe, expect, it } from 'vitest';
import { listableResources, maySeeSensitive } from './access';
import type { Profile } from './session';

const specialist: Profile = {
  user: { id: 4, username: 'li.na', name: '李娜', role: 'cs_specialist', department: 'customer_relations' },
  csrfToken: 'x',
  access: { customers: ['read', 'update'], users: ['read'], audit_log: ['read'] },
  rights: ['bulk_update', 'unmask_contact', 'export'],
  scope: 'all',
};

describe('maySeeSensitive', () => {
  it('when a specialist reads a customer, then phone numbers come in full and ID numbers masked', () => {
    expect(maySeeSensitive(specialist, 'contact')).toBe(true);
    expect(maySeeSensitive(specialist, 'identity')).toBe(false);
  });

  it('when the profile is still loading, then values are treated as masked', () => {
    expect(maySeeSensitive(undefined, 'contact')).toBe(false);
  });
});

describe('listableResources', () => {
  it('when the menu is built, then only lists the role may open remain, in the order given', () => {
    expect(listableResources(specialist, ['users', 'segments', 'customers', 'audit_log'])).toEqual(['users', 'customers']);
    expect(listableResources(null, ['customers'])).toEqual([]);
  });
});
