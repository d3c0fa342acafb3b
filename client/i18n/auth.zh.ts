/** Sign-in, account, API tokens and role-dependent texts (under `crm.auth`); auth.en.ts has the same keys. */
export const authMessagesZh = {
  sign_in: '登录',
};
