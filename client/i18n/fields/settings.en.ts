import type { settingsFieldsZh } from './settings.zh.js';
import { systemFieldsEn } from './system.en.js';

/** Labels of the settings menu group's resources: the name (`单数 |||| 复数`) and each field. */
export const settingsFieldsEn: typeof settingsFieldsZh = {
  work_calendar_days: {
    name: 'Calendar day |||| Working calendar',
    fields: {
      ...systemFieldsEn,
      day: 'Date',
      kind: 'Kind',
      name: 'Name',
    },
  },
  survey_templates: {
    name: 'Survey template |||| Survey templates',
    fields: {
      ...systemFieldsEn,
      name: 'Name',
      scale: 'Scale',
      items: 'Items',
      nps: 'Asks NPS',
      active: 'Active',
    },
  },
  follow_up_rules: {
    name: 'Follow-up cadence |||| Follow-up cadences',
    fields: {
      ...systemFieldsEn,
      name: 'Name',
      trigger: 'Starts after',
      offset_days: 'Days after',
      window_days: 'Window (days)',
      reason: 'Reason',
      channel: 'Channel',
      script: 'Script',
      survey_template_id: 'Survey',
      active: 'Active',
      sort_order: 'Order',
    },
  },
  message_templates: {
    name: 'Message template |||| Message templates',
    fields: {
      ...systemFieldsEn,
      touch_type: 'Kind',
      tier_id: 'Tier',
      locale: 'Language',
      channel: 'Channel',
      body: 'Message',
      gift: 'Gift',
      active: 'Active',
    },
  },
  greeting_days: {
    name: 'Greeting day |||| Greeting days',
    fields: {
      ...systemFieldsEn,
      holiday: 'Holiday',
      day: 'Date',
      note: 'Note',
    },
  },
  users: {
    name: 'User |||| Users',
    fields: {
      ...systemFieldsEn,
      q: 'Search',
      username: 'Username',
      name: 'Name',
      role: 'Role',
      department: 'Department',
      phone: 'Phone',
      email: 'E-mail',
      active: 'Active',
      password: 'Password',
    },
  },
  audit_log: {
    name: 'Audit entry |||| Audit log',
    fields: {
      id: 'ID',
      created_at: 'Time',
      updated_at: 'Updated at',
      version: 'Version',
      user_id: 'By',
      username: 'User name',
      action: 'Action',
      resource: 'Record type',
      record_id: 'Record ID',
      record_title: 'Record',
      changes: 'Changes',
      request_id: 'Request ID',
      batch_id: 'Batch',
    },
  },
  lookups: {
    name: 'Lookup |||| Lookups',
    fields: {
      ...systemFieldsEn,
      q: 'Search',
      type: 'Type',
      code: 'Code',
      label_zh: 'Chinese label',
      label_en: 'English label',
      sort_order: 'Sort order',
      color: 'Colour',
      active: 'Active',
    },
  },
  list_views: {
    name: 'List view |||| List views',
    fields: {
      ...systemFieldsEn,
      resource: 'List',
      name: 'View name',
      owner_id: 'Owner',
      shared_role: 'Shared with',
      default_for_role: "Role's default view",
      config: 'View settings',
    },
  },
};
