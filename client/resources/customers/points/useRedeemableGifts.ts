import { useMemo } from 'react';
import { useGetList } from 'react-admin';
import { isRedeemable, localToday, type GiftOption } from './pointsRules';

/** Gifts that can be redeemed today, cheapest first: active and in stock (asked of the server), valid today. */
export function useRedeemableGifts() {
  const { data, isPending } = useGetList<GiftOption>('gifts', {
    filter: { active: true, stock_gt: 0 },
    sort: { field: 'points_price', order: 'ASC' },
    pagination: { page: 1, perPage: 1000 },
  });
  const gifts = useMemo(() => {
    const today = localToday();
    return (data ?? []).filter((g) => isRedeemable(g, today));
  }, [data]);
  return { gifts, isPending };
}
