import type { Day } from './dates.js';
import type { CustomerType } from './customers.js';
import { codes } from './lookups.js';
import { Rng, seedFor, weighted } from './random.js';

/** What the card (A卡) of a customer records about the visit and the intention, as written when they were a prospect. */
export interface ProspectCard {
  visit_reason: string | null;
  intended_model: string | null;
  intended_purchase: string | null;
  intended_purchase_type: string | null;
}

const SEED = 20261130;

const reasons = weighted([
  ['first_look', 30], ['test_drive', 18], ['price_check', 16], ['promotion', 10], ['new_launch', 6], ['trade_in', 8], ['service_visit', 4], ['accompany', 8],
] as const);
// a prospect's own guess of when they buy, and the same guess of those who did buy (who tend to be the earlier ones)
const prospectWhen = weighted([['within_1_month', 14], ['within_3_months', 30], ['within_6_months', 30], ['later', 26]] as const);
const buyerWhen = weighted([['within_1_month', 50], ['within_3_months', 32], ['within_6_months', 12], ['later', 6]] as const);
const purchaseTypes = weighted([['new', 62], ['replacement', 26], ['additional', 12]] as const);

/**
 * The card of customer number `index`, from a generator of its own so that adding these fields left every
 * other value of the demo data as it was. Owners mostly wanted the model they bought; fleet cards come from a
 * tender, not a showroom visit.
 */
export function prospectCard(index: number, type: CustomerType, source: string, model: string, created: Day, firstPurchase: Day | null): ProspectCard {
  const rng = new Rng(seedFor(SEED, index));
  if (type === 'fleet') {
    return { visit_reason: null, intended_model: model, intended_purchase: rng.pick(['within_1_month', 'within_3_months']), intended_purchase_type: rng.chance(0.6) ? 'additional' : 'new' };
  }
  const filled = rng.chance(type === 'prospect' ? 0.9 : 0.96);
  if (!filled) return { visit_reason: null, intended_model: null, intended_purchase: null, intended_purchase_type: null };
  const visit = source === 'event' || source === 'auto_show' ? (rng.chance(0.7) ? 'promotion' : 'test_drive') : reasons.pick(rng);
  // a prospect's generated model is the one they look at; one buyer in seven ended up with another
  const intendedModel = firstPurchase !== null && rng.chance(0.15) ? rng.pick(codes('vehicle_model')) : model;
  const boughtWithin = firstPurchase === null ? null : firstPurchase - created;
  const when = boughtWithin !== null && rng.chance(0.6) ? (boughtWithin <= 30 ? 'within_1_month' : 'within_3_months') : (firstPurchase === null ? prospectWhen : buyerWhen).pick(rng);
  return {
    visit_reason: visit,
    intended_model: intendedModel,
    intended_purchase: rng.chance(0.92) ? when : null,
    intended_purchase_type: visit === 'trade_in' ? 'replacement' : purchaseTypes.pick(rng),
  };
}
