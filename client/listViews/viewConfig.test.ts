import { describe, expect, it } from 'vitest';
import type { ResourceMeta } from '../meta/types';
import {
  clampWidth, cleanFilter, columnChoices, differs, moveColumn, perPageOf, resolveColumns, setVisible, setWidth, toSettings, type ViewConfig,
} from './viewConfig';

const customers: ResourceMeta = {
  name: 'customers', group: 'customers', title: 'name', defaultSort: ['name', 'ASC'], searchable: true,
  fields: {
    id: { type: 'integer' },
    version: { type: 'integer' },
    name: { type: 'string', sortable: true },
    phone: { type: 'string', sensitive: 'contact' },
    tags: { type: 'json', shape: 'string[]' },
    notes: { type: 'text' },
    password: { type: 'string', writeOnly: true },
    wechat_id: {
      type: 'string',
      custom: { id: 1, kind: 'text', label: { zh: '微信号', en: 'WeChat ID' }, help: { zh: null, en: null }, readRoles: null, editRoles: null, hidden: false },
    },
    retired_field: {
      type: 'string',
      custom: { id: 2, kind: 'text', label: { zh: '旧', en: 'Old' }, help: { zh: null, en: null }, readRoles: null, editRoles: null, hidden: true },
    },
    region: { type: 'lookup', lookup: 'region' },
  },
};

const base: ViewConfig = { columns: [], density: 'compact', filter: {}, sort: { field: 'name', order: 'ASC' }, per_page: 25 };

describe('column choices', () => {
  it('when a resource is offered as columns, then every listable field is, custom ones included, but no JSON, version, write-only or hidden custom field', () => {
    expect(columnChoices(customers)).toEqual(['id', 'name', 'phone', 'notes', 'wechat_id', 'region']);
  });

  it('when a list never shows a field to this user, then it is not offered', () => {
    expect(columnChoices(customers, ['phone'])).not.toContain('phone');
  });
});

describe('resolving a layout', () => {
  const choices = ['id', 'name', 'phone', 'wechat_id', 'region'];

  it('when there is no layout, then the defaults show in their order and the other fields are offered hidden', () => {
    expect(resolveColumns(undefined, ['name', 'region'], choices)).toEqual([
      { source: 'name', visible: true }, { source: 'region', visible: true },
      { source: 'id', visible: false }, { source: 'phone', visible: false }, { source: 'wechat_id', visible: false },
    ]);
  });

  it('when a view orders, hides and sizes columns, then that order, those widths and hidden marks hold; fields it does not name follow', () => {
    const resolved = resolveColumns([{ source: 'wechat_id', width: 140 }, { source: 'name' }, { source: 'region', hidden: true }], ['name', 'phone'], choices);
    expect(resolved).toEqual([
      { source: 'wechat_id', visible: true, width: 140 }, { source: 'name', visible: true }, { source: 'region', visible: false },
      { source: 'phone', visible: true }, { source: 'id', visible: false },
    ]);
  });

  it('when a view names a field the list no longer has, or one twice, then it is dropped', () => {
    const resolved = resolveColumns([{ source: 'gone' }, { source: 'name' }, { source: 'name', hidden: true }], ['name'], ['name', 'id']);
    expect(resolved).toEqual([{ source: 'name', visible: true }, { source: 'id', visible: false }]);
  });

  it('when columns are moved, hidden, shown and sized, then the stored settings say so by source', () => {
    let cols = resolveColumns(undefined, ['name', 'region'], choices);
    cols = moveColumn(cols, 1, 0);
    cols = setVisible(cols, 'name', false);
    cols = setVisible(cols, 'wechat_id', true);
    cols = setWidth(cols, 'region', 200);
    expect(toSettings(cols)).toEqual([
      { source: 'region', width: 200 }, { source: 'name', hidden: true }, { source: 'id', hidden: true },
      { source: 'phone', hidden: true }, { source: 'wechat_id' },
    ]);
    expect(toSettings(setWidth(cols, 'region', undefined))[0]).toEqual({ source: 'region' });
    expect(moveColumn(cols, 0, 9)).toEqual(cols);
  });

  it('when a width is typed, then it is kept within the limits, and blank or zero means automatic', () => {
    expect(clampWidth(12, 48, 800)).toBe(48);
    expect(clampWidth(5000, 48, 800)).toBe(800);
    expect(clampWidth(151.6, 48, 800)).toBe(152);
    expect(clampWidth(0, 48, 800)).toBeUndefined();
    expect(clampWidth(Number.NaN, 48, 800)).toBeUndefined();
  });
});

describe('whether the list differs from its view', () => {
  const defaults = ['name', 'region'];
  const choices = ['id', 'name', 'region', 'wechat_id'];

  it('when only key order or empty filter values differ, or a field added later is not named, then it is the same view', () => {
    const saved = { ...base, filter: { a: 1, b: [1, 2] }, columns: [{ source: 'name' }, { source: 'region' }] };
    const current = { ...base, filter: { b: [1, 2], a: 1, c: '' }, columns: [{ source: 'name' }, { source: 'region' }, { source: 'id', hidden: true }, { source: 'wechat_id', hidden: true }] };
    expect(differs(current, saved, defaults, choices)).toBe(false);
  });

  it('when a column, its width, the density, filter, sort or page size changes, then it differs', () => {
    expect(differs({ ...base, columns: [{ source: 'region' }, { source: 'name' }] }, base, defaults, choices)).toBe(true);
    expect(differs({ ...base, columns: [{ source: 'name', width: 90 }] }, base, defaults, choices)).toBe(true);
    expect(differs({ ...base, density: 'comfortable' }, base, defaults, choices)).toBe(true);
    expect(differs({ ...base, filter: { region: 'haidian' } }, base, defaults, choices)).toBe(true);
    expect(differs({ ...base, sort: { field: 'name', order: 'DESC' } }, base, defaults, choices)).toBe(true);
    expect(differs({ ...base, per_page: 50 }, base, defaults, choices)).toBe(true);
  });
});

describe('filters and page sizes a view keeps', () => {
  it('when a filter input is cleared, then its key is not kept', () => {
    expect(cleanFilter({ q: '', region: undefined, tags: [], customer_type: 'owner' })).toEqual({ customer_type: 'owner' });
  });

  it('when the list pages by a size a view cannot hold, then the nearest one is kept', () => {
    expect(perPageOf(25, [10, 25, 50, 100])).toBe(25);
    expect(perPageOf(30, [10, 25, 50, 100])).toBe(25);
    expect(perPageOf(200, [10, 25, 50, 100])).toBe(100);
  });
});
