import type { EnumName, enums } from '../../server/resources/enums.js';
import { customersFieldsZh } from './fields/customers.zh.js';
import { careFieldsZh } from './fields/care.zh.js';
import { eventsFieldsZh } from './fields/events.zh.js';
import { membershipFieldsZh } from './fields/membership.zh.js';
import { settingsFieldsZh } from './fields/settings.zh.js';
import { enumMessagesZh } from './enums.zh.js';
import type { ResourceDef } from '../../server/resources/types.js';

/** A label for every value of every fixed list in server/resources/enums.ts (checked by the compiler). */
export type EnumLabels = { [L in EnumName]: Record<(typeof enums)[L][number], string> };

/** One resource's labels: its name and its fields'. */
export type ResourceLabels = Record<string, { name: string; fields: Record<string, string> }>;

/** The shape both field-message files share; `fieldMessagesEn` is typed from `fieldMessagesZh` so their keys match. */
export interface FieldMessages {
  resources: Record<string, { name: string; fields: Record<string, string> }>;
  enums: EnumLabels;
  // the resources' groups and the reports' (a menu group of pages, not of resources)
  menu: { groups: Record<ResourceDef['group'] | 'reports', string> };
}

/**
 * Simplified-Chinese labels: resource names (`resources.<r>.name`, polyglot `单数 |||| 复数`; `zh` always uses the
 * first form), field labels (`resources.<r>.fields.<f>`, including the system fields id / created_at / updated_at /
 * version and the search box `q` of searchable resources), fixed-list values (`enums.<list>.<value>`) and menu
 * groups (`menu.groups.<group>`). Words follow /work/shared/DOMAIN.md and the seed documents.
 */
export const fieldMessagesZh = {
  resources: {
    ...customersFieldsZh,
    ...careFieldsZh,
    ...eventsFieldsZh,
    ...membershipFieldsZh,
    ...settingsFieldsZh,
  },
  enums: enumMessagesZh,
  menu: {
    groups: {
      customers: '客户',
      care: '客户关怀',
      events: '活动',
      membership: '会员',
      settings: '设置',
      reports: '报表中心',
    },
  },
} satisfies FieldMessages;
