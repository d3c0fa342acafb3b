/** Texts of the tier page (会员等级管理). */
export const tiersMessagesZh = {
  title: '会员等级管理',
};
