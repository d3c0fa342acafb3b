import type { SameKeys } from './en';
import type { pointsMessagesZh } from './points.zh';

export const pointsMessagesEn: SameKeys<typeof pointsMessagesZh> = {
  title: 'Points',
};
