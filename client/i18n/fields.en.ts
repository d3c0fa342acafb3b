import type { fieldMessagesZh } from './fields.zh.js';
import { customersFieldsEn } from './fields/customers.en.js';
import { careFieldsEn } from './fields/care.en.js';
import { eventsFieldsEn } from './fields/events.en.js';
import { membershipFieldsEn } from './fields/membership.en.js';
import { settingsFieldsEn } from './fields/settings.en.js';
import { enumMessagesEn } from './enums.en.js';

/**
 * English labels, key for key the same as `fieldMessagesZh` (the type makes a missing or extra key a compile error):
 * resource names (`Singular |||| Plural`), field labels, fixed-list values and menu groups.
 */
export const fieldMessagesEn: typeof fieldMessagesZh = {
  resources: {
    ...customersFieldsEn,
    ...careFieldsEn,
    ...eventsFieldsEn,
    ...membershipFieldsEn,
    ...settingsFieldsEn,
  },
  enums: enumMessagesEn,
  menu: {
    groups: {
      customers: 'Customers',
      care: 'Customer care',
      events: 'Events',
      membership: 'Membership',
      settings: 'Settings',
      reports: 'Reports',
    },
  },
};
