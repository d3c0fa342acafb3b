import { describe, expect, it } from 'vitest';
import { groupLabel, type Labellers } from './prospectRows';

const l: Labellers = {
  lookup: (type, code) => (type === 'visit_reason' && code === 'test_drive' ? '试乘试驾' : ''),
  enumLabel: (list, code) => `${list}.${code}`,
  notRecorded: '（未填写）',
  unassigned: '（未分配）',
};

describe('groupLabel', () => {
  it('when a code is in its lookup list, then its label shows; an unknown code shows itself', () => {
    expect(groupLabel('by_visit_reason', { code: 'test_drive' }, l)).toBe('试乘试驾');
    expect(groupLabel('by_visit_reason', { code: 'gone' }, l)).toBe('gone');
  });

  it('when a breakdown is an enum, then the enum label shows', () => {
    expect(groupLabel('by_purchase_time', { code: 'later' }, l)).toBe('purchase_timeframe.later');
  });

  it('when no value was recorded, then a consultant group reads unassigned and others not recorded', () => {
    expect(groupLabel('by_owner', { code: null }, l)).toBe('（未分配）');
    expect(groupLabel('by_region', { code: null }, l)).toBe('（未填写）');
    expect(groupLabel('by_owner', { code: '7', name: '杨帆' }, l)).toBe('杨帆');
  });
});
