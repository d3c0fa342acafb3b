import { describe, expect, it } from 'vitest';
import { lookupChoices, lookupLabel, type LookupRecord } from './lookupLabel';

const lookups: LookupRecord[] = [
  { id: 1, type: 'region', code: 'haidian', label_zh: '海淀区', label_en: 'Haidian', sort_order: 2 },
  { id: 2, type: 'region', code: 'chaoyang', label_zh: '朝阳区', label_en: 'Chaoyang', sort_order: 1 },
  { id: 3, type: 'region', code: 'old', label_zh: '旧区', label_en: 'Old', sort_order: 0, active: false },
  { id: 4, type: 'city', code: 'beijing', label_zh: '北京', label_en: '', sort_order: 0 },
];

describe('lookupLabel', () => {
  it('when the locale is zh, then the Chinese label is shown', () => {
    expect(lookupLabel(lookups, 'region', 'chaoyang', 'zh')).toBe('朝阳区');
  });

  it('when the locale is en, then the English label is shown', () => {
    expect(lookupLabel(lookups, 'region', 'chaoyang', 'en')).toBe('Chaoyang');
  });

  it('when the English label is empty, then the Chinese one stands in', () => {
    expect(lookupLabel(lookups, 'city', 'beijing', 'en')).toBe('北京');
  });

  it('when the code is unknown, then the code itself is shown', () => {
    expect(lookupLabel(lookups, 'region', 'pudong', 'zh')).toBe('pudong');
  });

  it('when the same code exists in another list, then only the asked list counts', () => {
    expect(lookupLabel(lookups, 'city', 'chaoyang', 'zh')).toBe('chaoyang');
  });

  it('when there is no value, then nothing is shown', () => {
    expect(lookupLabel(lookups, 'region', null, 'zh')).toBe('');
  });
});

describe('lookupChoices', () => {
  it('when choices are listed, then they follow the sort order and leave retired entries out', () => {
    expect(lookupChoices(lookups, 'region', 'zh').map((c) => c.id)).toEqual(['chaoyang', 'haidian']);
  });

  it('when the record holds a retired entry, then that entry is still offered', () => {
    expect(lookupChoices(lookups, 'region', 'en', 'old').map((c) => c.name)).toEqual(['Old', 'Chaoyang', 'Haidian']);
  });
});
