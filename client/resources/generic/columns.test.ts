import { describe, expect, it } from 'vitest';
import { buildMeta } from '../../../server/rest/meta';
import type { Meta } from '../../meta/types';
import { createDefaults, filterFields, formFields, listColumns, relatedResources, showFields } from './columns';

const meta = buildMeta() as unknown as Meta;
const r = (name: string) => meta.resources[name];

describe('listColumns', () => {
  it('when a resource names no columns, then the title comes first and at most seven short fields follow', () => {
    const cols = listColumns(r('complaints'));
    expect(cols[0]).toBe('title');
    expect(cols.length).toBeLessThanOrEqual(7);
    expect(cols).not.toContain('description');
  });

  it('when columns are picked, then long text, JSON, system and confidential fields are left out', () => {
    const cols = listColumns(r('customers'), undefined, 50);
    for (const hidden of ['notes', 'tags', 'id', 'version', 'created_at', 'phone', 'id_number']) expect(cols).not.toContain(hidden);
  });

  it('when the title is a reference (event participants), then it still leads the list', () => {
    expect(listColumns(r('event_participants'))[0]).toBe('customer_id');
  });

  it('when a resource names its columns, then those are shown in that order and unknown names dropped', () => {
    expect(listColumns(r('vehicles'), ['plate', 'customer_id', 'nope'])).toEqual(['plate', 'customer_id']);
  });
});

describe('form and show fields', () => {
  it('when a form is built, then fields the server maintains are not offered', () => {
    const fields = formFields(r('customers'));
    expect(fields).toContain('name');
    for (const kept of ['points_balance', 'last_visit_date', 'id', 'version']) expect(fields).not.toContain(kept);
  });

  it('when a detail page is built, then own fields come first and the timestamps last', () => {
    const fields = showFields(r('gifts'));
    expect(fields[0]).toBe('name');
    expect(fields.slice(-2)).toEqual(['created_at', 'updated_at']);
    expect(fields).not.toContain('version');
  });

  it('when a new record is started, then the server defaults are filled in', () => {
    expect(createDefaults(r('customers'))).toMatchObject({ customer_type: 'prospect', lifecycle_stage: 'potential', opinion_leader: false });
  });
});

describe('filterFields', () => {
  it('when filters are offered, then only filterable enum, lookup, reference, boolean and date fields appear', () => {
    const fields = filterFields(r('vehicles'));
    expect(fields).toEqual(expect.arrayContaining(['customer_id', 'model', 'purchase_type', 'purchase_date']));
    expect(fields).not.toContain('plate');
    expect(fields).not.toContain('insurance_years');
  });
});

describe('relatedResources', () => {
  it('when an event is shown, then its follow-ups, tasks, participants and budget lines are related', () => {
    expect(relatedResources(meta, 'events')).toEqual([
      { resource: 'follow_ups', target: 'event_id' },
      { resource: 'event_tasks', target: 'event_id' },
      { resource: 'event_participants', target: 'event_id' },
      { resource: 'event_budget_lines', target: 'event_id' },
    ]);
  });

  it('when a resource is referenced by nothing, then nothing is related', () => {
    expect(relatedResources(meta, 'lookups')).toEqual([]);
  });
});

describe('write-only fields', () => {
  it('when a user is listed, shown or edited generically, then the password never appears (the server never sends it)', () => {
    const users = r('users');
    expect(users.fields.password?.writeOnly).toBe(true);
    expect(listColumns(users, undefined, 50)).not.toContain('password');
    expect(listColumns(users, ['name', 'password'])).toEqual(['name']);
    expect(showFields(users)).not.toContain('password');
    expect(formFields(users)).not.toContain('password');
  });
});
