import type { SameKeys } from './en';
import type { churnMessagesZh } from './churn.zh';

export const churnMessagesEn: SameKeys<typeof churnMessagesZh> = {
  detect: 'Detect churn risks now',
  detected: '%{count} new churn risks found',
  detect_failed: 'Detection failed: %{reason}',
  waiting: 'Waiting',
  days_since: '%{days} days',
  detected_today: 'today',
  record: {
    button: 'Record outcome',
    title: 'Record the win-back outcome',
    save: 'Save',
    cancel: 'Cancel',
    saved: 'Recorded',
    refused: 'Cannot save it: %{reason}',
    contacting: 'Contacting (no outcome yet)',
  },
};
