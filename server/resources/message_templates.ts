import type { ResourceDef } from './types.js';
import { managerRules } from './access.js';

/** A greeting's words per kind, tier and language ({name}, {holiday}, {years} … filled in), and the gift it comes with. */
export const message_templates: ResourceDef = {
  name: 'message_templates',
  table: 'message_templates',
  group: 'settings',
  title: 'touch_type',
  defaultSort: ['touch_type', 'ASC'],
  access: managerRules,
  fields: {
    touch_type: { type: 'enum', enum: 'touch_type', required: true, filterable: true, sortable: true },
    tier_id: { type: 'reference', reference: 'tiers', filterable: true },
    locale: { type: 'enum', enum: 'locale', required: true, default: 'zh', filterable: true },
    channel: { type: 'enum', enum: 'touch_channel', filterable: true },
    body: { type: 'text', required: true, max: 1000 },
    gift: { type: 'string', max: 200 },
    active: { type: 'boolean', default: true, filterable: true },
  },
};
