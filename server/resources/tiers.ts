import type { ResourceDef } from './types.js';
import { managerRules } from './access.js';
import { badRequest } from '../errors.js';
import { reason } from '../rest/reasons.js';
import { prepareTier } from '../domain/loyalty/rules.js';

export const tiers: ResourceDef = {
  name: 'tiers',
  table: 'tiers',
  group: 'membership',
  title: 'name',
  defaultSort: ['rank', 'DESC'],
  unique: [['code'], ['rank']],
  access: managerRules,
  fields: {
    code: { type: 'string', required: true, max: 30, sortable: true },
    name: { type: 'string', required: true, max: 60, sortable: true, searchable: true },
    name_en: { type: 'string', max: 60 },
    rank: { type: 'integer', required: true, min: 0, max: 100, sortable: true },
    threshold_points: { type: 'integer', required: true, min: 0, max: 100_000_000, sortable: true },
    earn_multiplier: { type: 'money', min: 0, max: 100, default: 1 },
    color: { type: 'string', max: 20 },
    benefits: { type: 'text', max: 4000 },
    partner_discounts: { type: 'text', max: 4000 },
    care_policy: { type: 'text', max: 4000 },
    active: { type: 'boolean', default: true, filterable: true },
  },
  prepare: prepareTier,
  beforeDelete: async (trx, tier) => {
    const held = await trx('customers').where({ tier_id: tier.id }).count({ n: '*' }).first();
    const count = Number(held?.n ?? 0);
    if (count > 0) throw badRequest({ id: reason('tier_in_use', { count }) });
  },
};
