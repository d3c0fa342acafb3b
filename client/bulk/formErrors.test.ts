import { describe, expect, it } from 'vitest';
import type { ResourceMeta } from '../meta/types';
import { formErrors } from './formErrors';

const resource: ResourceMeta = {
  name: 'customers',
  group: 'customers',
  title: 'name',
  defaultSort: ['id', 'ASC'],
  searchable: false,
  fields: { tier_id: { type: 'reference', reference: 'tiers' }, tags: { type: 'json', shape: 'string[]' } },
};

describe('formErrors', () => {
  it('when the server refuses a plain field and a list field, then each reason lands on the input that shows it', () => {
    expect(formErrors(resource, { tier_id: 'unknown tier', tags: 'too long' })).toEqual({
      tier_id: 'unknown tier',
      __add: { tags: 'too long' },
    });
  });
});
