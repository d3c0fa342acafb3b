import { describe, expect, it } from 'vitest';
import type { RulesDocument } from '../../loyalty/loyaltyApi';
import { changedPaths, draftOf, multiplier, toRequest, wholeNumber, type Draft } from './draft';
import { validateDraft } from './draftValidation';

const tier = (id: number, rank: number, code: string, name: string, threshold: number) => ({
  id, code, rank, name, name_en: code, threshold_points: threshold, earn_multiplier: 1, color: '#888888',
  benefits: null, partner_discounts: null, care_policy: null, active: true, members: 10 * id,
});

/** The saved rules as GET /api/loyalty/rules answers, tiers deliberately out of rank order. */
const doc: RulesDocument = {
  version: 3,
  saved_at: '2026-11-01T08:00:00Z',
  saved_by: '王芳',
  note: null,
  rules: {
    basis: 'lifetime', window_months: 12, downgrade: 'yearly_review', grace_days: 90,
    earn: { purchase_per_100: 1, service_per_100: 2, referral: 500, event_attended: 50 },
    approval_threshold: 1000, expiry_months: 24,
  },
  tiers: [tier(4, 3, 'diamond', '钻石卡', 50000), tier(1, 0, 'regular', '普通卡', 0), tier(3, 2, 'gold', '金卡', 20000), tier(2, 1, 'silver', '银卡', 5000)],
};

const edit = (change: (d: Draft) => void): Draft => {
  const d = structuredClone(draftOf(doc));
  change(d);
  return d;
};

describe('the tier rules draft', () => {
  it('when the saved rules are opened, then tiers are lowest rank first and numbers are text', () => {
    const d = draftOf(doc);
    expect(d.tiers.map((t) => t.code)).toEqual(['regular', 'silver', 'gold', 'diamond']);
    expect(d.tiers[2].threshold_points).toBe('20000');
    expect(d.tiers[0].benefits).toBe('');
    expect(d.rules.earn.referral).toBe('500');
  });

  it('when nothing is edited, then nothing is changed and nothing is wrong', () => {
    expect(changedPaths(draftOf(doc), draftOf(doc))).toEqual([]);
    expect(validateDraft(draftOf(doc))).toEqual({});
  });

  it('when the gold threshold and the referral points change, then exactly those paths are changed, by position', () => {
    const d = edit((x) => {
      x.tiers[2].threshold_points = '18000';
      x.rules.earn.referral = '800';
    });
    expect(changedPaths(draftOf(doc), d)).toEqual(['rules.earn.referral', 'tiers.2.threshold_points']);
  });

  it('when a multiplier is retyped as 1.0, then it is not a change', () => {
    expect(changedPaths(draftOf(doc), edit((x) => (x.tiers[1].earn_multiplier = '1.0')))).toEqual([]);
  });

  it('when gold is set at or below silver, then gold is told it must rise above silver', () => {
    const errors = validateDraft(edit((x) => (x.tiers[2].threshold_points = '5000')));
    expect(errors['tiers.2.threshold_points']).toEqual({ key: 'increasing', args: { tier: '银卡', points: 5000 } });
    expect(Object.keys(errors)).toEqual(['tiers.2.threshold_points']);
  });

  it('when the lowest tier does not start at 0, then it is told so', () => {
    expect(validateDraft(edit((x) => (x.tiers[0].threshold_points = '10')))['tiers.0.threshold_points']).toEqual({ key: 'lowest_zero' });
  });

  it('when an inactive tier sits between others, then it does not break the rising ladder', () => {
    const d = edit((x) => {
      x.tiers[2].active = false;
      x.tiers[2].threshold_points = '1';
    });
    expect(validateDraft(d)).toEqual({});
  });

  it('when numbers are negative, fractional or empty, then each field says it needs a whole number', () => {
    const errors = validateDraft(edit((x) => {
      x.tiers[1].threshold_points = '-5';
      x.rules.earn.event_attended = '1.5';
      x.rules.approval_threshold = '';
    }));
    expect(errors['tiers.1.threshold_points']).toEqual({ key: 'whole' });
    expect(errors['rules.earn.event_attended']).toEqual({ key: 'whole' });
    expect(errors['rules.approval_threshold']).toEqual({ key: 'whole' });
  });

  it('when points per 100 yuan have decimals, then they are accepted and sent as numbers; other earn rules stay whole', () => {
    const d = edit((x) => {
      x.rules.earn.purchase_per_100 = '1.5';
      x.rules.earn.referral = '2.5';
    });
    const errors = validateDraft(d);
    expect(errors['rules.earn.purchase_per_100']).toBeUndefined();
    expect(errors['rules.earn.referral']).toEqual({ key: 'whole' });
    expect(toRequest(d).rules.earn.purchase_per_100).toBe(1.5);
  });

  it('when the rolling window is 0 months or expiry exceeds 600 months, then the range is named', () => {
    const errors = validateDraft(edit((x) => {
      x.rules.window_months = '0';
      x.rules.expiry_months = '601';
    }));
    expect(errors['rules.window_months']).toEqual({ key: 'at_least', args: { min: 1 } });
    expect(errors['rules.expiry_months']).toEqual({ key: 'at_most', args: { max: 600 } });
  });

  it('when a name is blank, a colour is over 20 characters or a multiplier has 3 decimals, then each is reported', () => {
    const errors = validateDraft(edit((x) => {
      x.tiers[3].name = '  ';
      x.tiers[3].color = '#'.repeat(21);
      x.tiers[3].earn_multiplier = '1.255';
      x.tiers[2].earn_multiplier = '101';
    }));
    expect(errors['tiers.3.name']).toEqual({ key: 'required' });
    expect(errors['tiers.3.color']).toEqual({ key: 'too_long', args: { max: 20 } });
    expect(errors['tiers.3.earn_multiplier']).toEqual({ key: 'multiplier' });
    expect(errors['tiers.2.earn_multiplier']).toEqual({ key: 'at_most', args: { max: 100 } });
  });

  it('when the draft is sent, then numbers are numbers, blanks are null and tiers keep their positions', () => {
    const body = toRequest(edit((x) => {
      x.tiers[2].threshold_points = ' 18000 ';
      x.tiers[2].earn_multiplier = '1.5';
      x.tiers[0].name_en = '';
    }));
    expect(body.tiers.map((t) => t.id)).toEqual([1, 2, 3, 4]);
    expect(body.tiers[2]).toMatchObject({ threshold_points: 18000, earn_multiplier: 1.5 });
    expect(body.tiers[0].name_en).toBeNull();
    expect(body.rules.earn).toEqual({ purchase_per_100: 1, service_per_100: 2, referral: 500, event_attended: 50 });
  });

  it('when the saved rules are given, then each tier sends its id and only the fields that changed', () => {
    const saved = draftOf(doc);
    const body = toRequest(edit((x) => {
      x.tiers[2].threshold_points = '18000';
      x.tiers[3].benefits = '  ';
    }), saved);
    expect(body.tiers).toEqual([{ id: 1 }, { id: 2 }, { id: 3, threshold_points: 18000 }, { id: 4 }]);
    expect(toRequest(edit((x) => (x.tiers[3].benefits = '专属顾问')), saved).tiers[3]).toEqual({ id: 4, benefits: '专属顾问' });
  });

  it('when text is parsed, then only plain non-negative digits are whole numbers and multipliers have ≤ 2 decimals', () => {
    expect(wholeNumber('007')).toBe(7);
    expect(wholeNumber('1e3')).toBeNull();
    expect(wholeNumber('3', 5)).toBeNull();
    expect(multiplier('2.25')).toBe(2.25);
    expect(multiplier('-1')).toBeNull();
  });
});
