import { describe, expect, it } from 'vitest';
import { audienceFilter, conditionErrors, emptyConditions } from './audienceFilter';

describe('audienceFilter', () => {
  it('When no condition is set, then the filter is empty (every customer the inviter may see)', () => {
    expect(audienceFilter(emptyConditions)).toEqual({});
    expect(audienceFilter({ ...emptyConditions, notVisitedMonths: '  ' })).toEqual({});
  });
  it('When every condition is set, then each becomes its customers list filter, lists sorted and without repeats', () => {
    expect(audienceFilter({
      tierIds: [3, 1], regions: ['haidian', 'chaoyang'], models: ['suv_mid', 'suv_mid'], notVisitedMonths: ' 6 ',
      birthdayMonths: [12, 3], stages: ['mature'], types: ['owner', 'fleet'],
    })).toEqual({
      tier_id: [1, 3], region: ['chaoyang', 'haidian'], vehicle_model: ['suv_mid'], not_visited_months: 6,
      birthday_month: [3, 12], lifecycle_stage: ['mature'], customer_type: ['fleet', 'owner'],
    });
  });
  it('When only some conditions are set, then the empty ones are left out', () => {
    expect(audienceFilter({ ...emptyConditions, birthdayMonths: [5], types: ['prospect'] })).toEqual({ birthday_month: [5], customer_type: ['prospect'] });
  });
  it('When the months are not a whole number, then they go as typed for the server to refuse', () => {
    expect(audienceFilter({ ...emptyConditions, notVisitedMonths: '3.5' })).toEqual({ not_visited_months: '3.5' });
  });
});

describe('conditionErrors', () => {
  it('When the months are not a whole number from 1 to 120, then not_visited_months is refused', () => {
    for (const notVisitedMonths of ['0', '121', '2.5', 'abc', '-1']) {
      expect(conditionErrors({ ...emptyConditions, notVisitedMonths })).toEqual({ not_visited_months: 'crm.audience.months_invalid' });
    }
    for (const notVisitedMonths of ['', '1', '120']) expect(conditionErrors({ ...emptyConditions, notVisitedMonths })).toEqual({});
  });
});
