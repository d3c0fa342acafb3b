import { DECIMAL_EARN, EARN_KEYS, decimal, multiplier, wholeNumber, type Draft } from './draft';

/** A reason to show beside a field: a message key under crm.tiers.errors and its arguments. */
export interface DraftError {
  key: string;
  args?: Record<string, string | number>;
}

export type DraftErrors = Record<string, DraftError>;

const MAX_THRESHOLD = 100_000_000;
const MAX_NAME = 60;
const MAX_TEXT = 4000;
const MAX_COLOR = 20;

/**
 * The checks the server makes, run as the manager types so each reason appears beside its field before anything
 * is sent: names present, thresholds whole numbers rising strictly with rank from 0 at the lowest active tier,
 * multipliers with two decimals at most, programme numbers in range (whole, except points per 100 yuan). The server checks them again.
 */
export function validateDraft(draft: Draft): DraftErrors {
  const errors: DraftErrors = {};
  let previous: { name: string; points: number } | null = null;
  draft.tiers.forEach((tier, i) => {
    const at = (field: string) => `tiers.${i}.${field}`;
    if (tier.name.trim() === '') errors[at('name')] = { key: 'required' };
    else if (tier.name.trim().length > MAX_NAME) errors[at('name')] = { key: 'too_long', args: { max: MAX_NAME } };
    if (tier.name_en.trim().length > MAX_NAME) errors[at('name_en')] = { key: 'too_long', args: { max: MAX_NAME } };
    if (tier.color.trim().length > MAX_COLOR) errors[at('color')] = { key: 'too_long', args: { max: MAX_COLOR } };
    for (const field of ['benefits', 'partner_discounts', 'care_policy'] as const) {
      if (tier[field].length > MAX_TEXT) errors[at(field)] = { key: 'too_long', args: { max: MAX_TEXT } };
    }
    const m = multiplier(tier.earn_multiplier);
    if (m === null) errors[at('earn_multiplier')] = { key: 'multiplier' };
    else if (m > 100) errors[at('earn_multiplier')] = { key: 'at_most', args: { max: 100 } };

    const points = wholeNumber(tier.threshold_points);
    if (points === null) {
      errors[at('threshold_points')] = { key: 'whole' };
      return;
    }
    if (points > MAX_THRESHOLD) {
      errors[at('threshold_points')] = { key: 'at_most', args: { max: MAX_THRESHOLD } };
      return;
    }
    // inactive tiers hold nobody and take no part in the ladder
    if (!tier.active) return;
    if (previous === null && points !== 0) errors[at('threshold_points')] = { key: 'lowest_zero' };
    else if (previous !== null && points <= previous.points) {
      errors[at('threshold_points')] = { key: 'increasing', args: { tier: previous.name, points: previous.points } };
    }
    previous = { name: tier.name, points };
  });

  const { rules } = draft;
  const whole = (path: string, value: string, min: number, max: number) => {
    const n = wholeNumber(value);
    if (n === null) errors[path] = { key: 'whole' };
    else if (n < min) errors[path] = { key: 'at_least', args: { min } };
    else if (n > max) errors[path] = { key: 'at_most', args: { max } };
  };
  // checked whatever the basis and policy: the server keeps both numbers for when the choice comes back
  whole('rules.window_months', rules.window_months, 1, 120);
  whole('rules.grace_days', rules.grace_days, 0, 3650);
  for (const key of EARN_KEYS) {
    const path = `rules.earn.${key}`;
    if (!DECIMAL_EARN.includes(key)) whole(path, rules.earn[key], 0, 1_000_000);
    else {
      const n = decimal(rules.earn[key]);
      if (n === null) errors[path] = { key: 'number' };
      else if (n > 10_000) errors[path] = { key: 'at_most', args: { max: 10_000 } };
    }
  }
  whole('rules.approval_threshold', rules.approval_threshold, 0, MAX_THRESHOLD);
  whole('rules.expiry_months', rules.expiry_months, 1, 600);
  return errors;
}
