/** Texts of the customer points tab, redemption and adjustments. */
export const pointsMessagesZh = {
  title: '积分',
};
