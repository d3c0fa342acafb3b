import { describe, expect, it } from 'vitest';
import { customers } from '../../../server/resources/customers';
import { customerSections } from './customerSections';

describe('customerSections', () => {
  const placed = Object.values(customerSections).flat();

  it('when the server declares a customer field, then the hand-made screens place it in exactly one section', () => {
    const declared = Object.keys(customers.fields).sort();
    expect([...placed].sort()).toEqual(declared);
  });

  it('when sections are listed, then no field appears twice', () => {
    expect(new Set(placed).size).toBe(placed.length);
  });
});
