import { describe, expect, it } from 'vitest';
import type { ResourceMeta } from '../meta/types';
import { bulkFields, bulkPayload, isEmptyPayload } from './bulkFields';

const customers: ResourceMeta = {
  name: 'customers',
  group: 'customers',
  title: 'name',
  defaultSort: ['updated_at', 'DESC'],
  searchable: true,
  fields: {
    id: { type: 'integer', readOnly: true },
    name: { type: 'string', required: true },
    phone: { type: 'string', sensitive: 'contact' },
    owner_id: { type: 'reference', reference: 'users' },
    tier_id: { type: 'reference', reference: 'tiers' },
    consent_sms: { type: 'boolean' },
    tags: { type: 'json', shape: 'string[]' },
    scores: { type: 'json', shape: 'object' },
    points_balance: { type: 'integer', readOnly: true },
    version: { type: 'integer', readOnly: true },
  },
};

describe('bulkFields', () => {
  it('when a resource is offered for bulk edit, then its name, confidential, read-only and structured fields are left out', () => {
    expect(bulkFields(customers)).toEqual(['owner_id', 'tier_id', 'consent_sms', 'tags']);
  });
});

describe('bulkPayload', () => {
  it('when plain fields are chosen, then only they are sent, an empty value clearing the field', () => {
    const payload = bulkPayload(customers, ['owner_id', 'tier_id'], { owner_id: 7, tier_id: '', consent_sms: true });
    expect(payload).toEqual({ data: { owner_id: 7, tier_id: null } });
  });

  it('when a list field is chosen, then its words go to add and remove, trimmed, never replacing the list', () => {
    const payload = bulkPayload(customers, ['tags'], { __add: { tags: [' vip ', ''] }, __remove: { tags: ['old'] } });
    expect(payload).toEqual({ data: {}, add: { tags: ['vip'] }, remove: { tags: ['old'] } });
  });

  it('when a boolean is left untouched, then it is sent as false, and an empty choice changes nothing', () => {
    expect(bulkPayload(customers, ['consent_sms'], {}).data).toEqual({ consent_sms: false });
    expect(isEmptyPayload(bulkPayload(customers, [], { owner_id: 3 }))).toBe(true);
    expect(isEmptyPayload(bulkPayload(customers, ['tags'], {}))).toBe(true);
  });
});
