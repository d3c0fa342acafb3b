import { describe, expect, it } from 'vitest';
import { fillPlaceholders } from './fillPlaceholders';

describe('fillPlaceholders', () => {
  it('when a template names known and unknown placeholders, then the known are filled and the unknown stay as typed', () => {
    expect(fillPlaceholders('{name}的{model}{years}岁了 {nmae}', { name: '王先生', model: '轩逸', years: 3 })).toBe('王先生的轩逸3岁了 {nmae}');
  });
});
