import type { SameKeys } from './en';
import type { tiersMessagesZh } from './tiers.zh';

export const tiersMessagesEn: SameKeys<typeof tiersMessagesZh> = {
  title: 'Tier management',
};
