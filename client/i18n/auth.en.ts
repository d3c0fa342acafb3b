import type { SameKeys } from './en';
import type { authMessagesZh } from './auth.zh';

export const authMessagesEn: SameKeys<typeof authMessagesZh> = {
  sign_in: 'Sign in',
};
