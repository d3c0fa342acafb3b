import { describe, expect, it } from 'vitest';
import { changeSides, parseChanges, summarize } from './changeSummary';

const order = ['name', 'phone', 'tier_id', 'notes'];

describe('parseChanges', () => {
  it('when changes come as an object, then they follow the order of the resource fields', () => {
    const changes = parseChanges({ notes: { from: 'a', to: 'b' }, name: { from: 'x', to: 'y' } }, order);
    expect(changes.map((c) => c.field)).toEqual(['name', 'notes']);
  });

  it('when a field is not declared (a pseudo-field like token), then it comes last', () => {
    const changes = parseChanges({ token: { from: null, to: 'ci (abc…)' }, tier_id: { from: 1, to: 2 } }, order);
    expect(changes.map((c) => c.field)).toEqual(['tier_id', 'token']);
  });

  it('when a value is write-only, then it is marked redacted', () => {
    expect(parseChanges({ password: { from: null, to: null, redacted: true } })).toEqual([
      { field: 'password', from: null, to: null, redacted: true },
    ]);
  });

  it('when changes come as a JSON string, then they are read the same', () => {
    expect(parseChanges('{"name":{"from":"a","to":"b"}}')).toEqual([{ field: 'name', from: 'a', to: 'b', redacted: false }]);
  });

  it('when the value is malformed, then the bad entries are dropped instead of failing', () => {
    expect(parseChanges('{oops')).toEqual([]);
    expect(parseChanges(null)).toEqual([]);
    expect(parseChanges([1, 2])).toEqual([]);
    expect(parseChanges({ name: 'x', phone: { to: '1' } })).toEqual([{ field: 'phone', from: null, to: '1', redacted: false }]);
  });
});

describe('changeSides', () => {
  const token = parseChanges({ token: { from: null, to: 'ci (abc…)' } });

  it('when a record was created, then only the new values are shown', () => {
    expect(changeSides('create', [])).toEqual({ from: false, to: true });
  });

  it('when a record was deleted, then only the old values are shown', () => {
    expect(changeSides('delete', [])).toEqual({ from: true, to: false });
  });

  it('when a record was edited, then both are shown', () => {
    expect(changeSides('update', token)).toEqual({ from: true, to: true });
  });

  it('when another event recorded values, then the sides that hold a value are shown', () => {
    expect(changeSides('token_created', token)).toEqual({ from: false, to: true });
    expect(changeSides('login', [])).toEqual({ from: true, to: true });
  });
});

describe('summarize', () => {
  const many = parseChanges(Object.fromEntries(['a', 'b', 'c', 'd', 'e'].map((f) => [f, { from: 1, to: 2 }])));

  it('when an edit changed many fields, then the first three are named and the rest counted', () => {
    expect(summarize('update', many)).toEqual({ kind: 'fields', fields: ['a', 'b', 'c'], more: 2 });
  });

  it('when only one more field would be hidden, then it is named instead of "+1"', () => {
    expect(summarize('update', many.slice(0, 4))).toEqual({ kind: 'fields', fields: ['a', 'b', 'c', 'd'], more: 0 });
  });

  it('when a record was created or deleted, then its fields are counted', () => {
    expect(summarize('create', many)).toEqual({ kind: 'count', count: 5 });
    expect(summarize('delete', many)).toEqual({ kind: 'count', count: 5 });
  });

  it('when an API token was created, then its name is shown as is', () => {
    const token = parseChanges({ token: { from: null, to: 'ci (abc…)' } });
    expect(summarize('token_created', token)).toEqual({ kind: 'value', field: 'token', value: 'ci (abc…)' });
  });

  it('when nothing was recorded (a sign-in), then there is nothing to say', () => {
    expect(summarize('login', [])).toEqual({ kind: 'none' });
  });
});
