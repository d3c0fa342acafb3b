import type { SameKeys } from './en';
import type { auditMessagesZh } from './audit.zh';

export const auditMessagesEn: SameKeys<typeof auditMessagesZh> = {
  history: 'History',
};
