import { describe, expect, it } from 'vitest';
import { tiersMessagesEn } from '../../i18n/tiers.en';
import { tiersMessagesZh } from '../../i18n/tiers.zh';
import { EARN_KEYS, TIER_TEXT_FIELDS, type Draft } from './draft';
import { validateDraft } from './draftValidation';

/** The keys the page builds at run time (`crm.tiers.errors.${key}`…), which a search of the source cannot see. */
const broken: Draft = {
  rules: {
    basis: 'rolling', window_months: '0', downgrade: 'grace', grace_days: 'x',
    earn: { purchase_per_100: 'abc', service_per_100: '20000', referral: '1.5', event_attended: '-1' },
    approval_threshold: '', expiry_months: '9999',
  },
  tiers: [
    { id: 1, code: 'a', rank: 1, members: 0, active: true, name: '', name_en: 'x'.repeat(61), threshold_points: '5', earn_multiplier: '1.234',
      color: 'x'.repeat(21), benefits: '', partner_discounts: '', care_policy: '' },
    { id: 2, code: 'b', rank: 2, members: 0, active: true, name: 'B', name_en: '', threshold_points: '5', earn_multiplier: '500',
      color: '', benefits: '', partner_discounts: '', care_policy: '' },
    { id: 3, code: 'c', rank: 3, members: 0, active: true, name: 'C', name_en: '', threshold_points: '200000000', earn_multiplier: '1',
      color: '', benefits: '', partner_discounts: '', care_policy: '' },
  ],
};

describe('the tier page messages', () => {
  it('when every kind of mistake is made, then each reason the checks give has a text in both languages', () => {
    const keys = new Set(Object.values(validateDraft(broken)).map((e) => e.key));
    expect(keys).toEqual(new Set(['required', 'too_long', 'whole', 'number', 'multiplier', 'at_least', 'at_most', 'lowest_zero', 'increasing']));
    for (const key of keys) {
      expect(tiersMessagesZh.errors, key).toHaveProperty(key);
      expect(tiersMessagesEn.errors, key).toHaveProperty(key);
    }
  });

  it('when fields, earn rules, modes and moves are labelled, then every label exists', () => {
    for (const field of ['threshold_points', 'earn_multiplier', ...TIER_TEXT_FIELDS]) expect(tiersMessagesZh.fields).toHaveProperty(field);
    for (const key of EARN_KEYS) expect(tiersMessagesZh.rules.earn).toHaveProperty(key);
    for (const mode of ['now', 'review']) {
      expect(tiersMessagesZh.mode).toHaveProperty(mode);
      expect(tiersMessagesZh.mode).toHaveProperty(`${mode}_hint`);
    }
    for (const direction of ['up', 'down', 'held', 'unchanged']) expect(tiersMessagesZh.preview).toHaveProperty(direction);
    expect(Object.keys(tiersMessagesZh.rules.bases)).toEqual(['lifetime', 'rolling']);
    expect(Object.keys(tiersMessagesZh.rules.downgrades)).toEqual(['never', 'yearly_review', 'grace']);
  });
});
