import { describe, expect, it } from 'vitest';
import { virtualFilterText } from './virtualFilterText';

const words: Record<string, string> = {
  'crm.value.segments.loyal': '忠诚客户', 'crm.value.segments.champions': '重要价值客户', 'crm.value.movement.entered': '新进入',
  'crm.value.flags.repurchase': '有增购或换购车经历', 'crm.filters.any_rule': '满足任一条件', 'ra.boolean.true': '是',
};
const translate = (key: string) => words[key] ?? key;
const label = (_: string, code: string) => (code === 'sedan_a' ? '轩逸' : code);

describe('report filters on a chip', () => {
  it('when a value filter names segments, flags or a grid cell, then the chip reads them in words', () => {
    expect(virtualFilterText('value_moved', '2026-11:loyal:champions', translate, label)).toBe('2026-11 · 忠诚客户 → 重要价值客户');
    expect(virtualFilterText('value_moved', '2026-11:none:loyal', translate, label)).toBe('2026-11 · 新进入 → 忠诚客户');
    expect(virtualFilterText('value_segment', 'champions', translate, label)).toBe('重要价值客户');
    expect(virtualFilterText('value_flag', '2026-10:repurchase', translate, label)).toBe('2026-10 · 有增购或换购车经历');
    expect(virtualFilterText('value_flag', 'any', translate, label)).toBe('满足任一条件');
    expect(virtualFilterText('value_rf', '5:4', translate, label)).toBe('R 5 · F 4');
  });

  it('when an owner filter holds a range or yes, then it reads as days (and the model) or 是; others are left alone', () => {
    expect(virtualFilterText('first_purchase_between', ['2026-03-01', '2026-03-31'], translate, label)).toBe('2026-03-01 – 2026-03-31');
    expect(virtualFilterText('visited_between', ['2026-01-01', '2026-11-24', 'sedan_a'], translate, label)).toBe('2026-01-01 – 2026-11-24 · 轩逸');
    expect(virtualFilterText('repurchased', 'yes', translate, label)).toBe('是');
    expect(virtualFilterText('region', 'east', translate, label)).toBeNull();
  });
});
