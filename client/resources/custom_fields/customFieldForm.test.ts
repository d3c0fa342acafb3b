import { describe, expect, it } from 'vitest';
import { defaultForForm, suggestKey, toRequest } from './customFieldForm';

describe('custom field form', () => {
  it('when the English label is typed, then a key is suggested from it', () => {
    expect(suggestKey('WeChat ID')).toBe('wechat_id');
    expect(suggestKey('Building / unit no.')).toBe('building_unit_no');
    expect(suggestKey('2nd phone')).toBe('f_2nd_phone');
    expect(suggestKey('风险')).toBe('');
  });

  it('when the form is sent, then settings of other kinds are cleared, no role means every role, and the key stays put on edit', () => {
    expect(toRequest({ key: 'risk', resource: 'customers', type: 'text', lookup: 'region', reference: 'users', read_roles: [], edit_roles: ['admin'], default_value: '', help_zh: ' ' }, 'edit'))
      .toEqual({ type: 'text', lookup: null, reference: null, read_roles: null, edit_roles: ['admin'], default_value: null, help_zh: null });
    expect(toRequest({ type: 'multi_choice', lookup: 'risk_level', default_value: ['low', 'high'] }, 'create'))
      .toMatchObject({ lookup: 'risk_level', default_value: '["low","high"]' });
    expect(toRequest({ type: 'boolean', default_value: false }, 'create').default_value).toBe('false');
  });

  it('when a stored default is edited, then the input gets it in its kind', () => {
    expect(defaultForForm('multi_choice', '["a","b"]')).toEqual(['a', 'b']);
    expect(defaultForForm('boolean', 'true')).toBe(true);
    expect(defaultForForm('number', '12.5')).toBe(12.5);
    expect(defaultForForm('text', null)).toBeNull();
  });
});
