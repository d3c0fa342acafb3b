import type { SameKeys } from './en';
import type { auditMessagesZh } from './audit.zh';

export const auditMessagesEn: SameKeys<typeof auditMessagesZh> = {
  history: 'History',
  history_hint: 'Every creation, change and deletion of this record since the audit trail was turned on, newest first.',
  empty: {
    title: 'No changes yet',
    body: 'This record has not been changed since the audit trail was turned on. Every change from now on will show here.',
  },
  forbidden: 'You are not allowed to see the history of this record.',
  failed: 'The history could not be loaded.',
  load_more: 'Load earlier changes (%{smart_count} more)',
  all_shown: 'All %{smart_count} entries shown',
  today: 'Today',
  yesterday: 'Yesterday',
  timeline: {
    create: 'created this record',
    update: 'changed %{smart_count} field |||| changed %{smart_count} fields',
    delete: 'deleted this record',
    login: 'signed in',
    logout: 'signed out',
    password_changed: 'changed their password',
    token_created: 'created an API token',
    token_revoked: 'revoked an API token',
    export: 'exported data',
    merge: 'merged duplicate customer records (%{smart_count} field changed) |||| merged duplicate customer records (%{smart_count} fields changed)',
  },
  columns: {
    field: 'Field',
    before: 'Before',
    after: 'After',
    created: 'Value',
    deleted: 'Value before deletion',
  },
  redacted: 'changed',
  redacted_hint: 'the value is not recorded, for security',
  summary: {
    count: '%{smart_count} field |||| %{smart_count} fields',
    more: '+%{smart_count}',
  },
  pseudo_fields: {
    token: 'API token',
    merged_from: 'Merged in',
    merged_into: 'Merged into',
  },
  system_user: 'System',
  batch: 'Bulk',
  batch_hint: 'Part of a bulk change',
  actions: {
    record_history: 'All entries of this record',
    same_batch: 'Same bulk change',
    open_record: 'Open record',
  },
  show: {
    no_changes: 'No field changes were recorded for this action.',
  },
};
