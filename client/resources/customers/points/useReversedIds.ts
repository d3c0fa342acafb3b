import { useMemo } from 'react';
import { useGetList } from 'react-admin';
import { reversedIds, type LedgerEntry } from './pointsRules';

/**
 * The ids of this customer's entries that another entry reverses. Every ledger row asks the same question, so
 * react-query answers them all with one request.
 */
export function useReversedIds(customerId: number | undefined): Set<number> {
  const { data: reversals } = useGetList<LedgerEntry>(
    'point_entries',
    {
      filter: { customer_id: customerId, reverses_id_null: false },
      sort: { field: 'created_at', order: 'DESC' },
      pagination: { page: 1, perPage: 1000 },
    },
    { enabled: customerId !== undefined },
  );
  return useMemo(() => reversedIds(reversals ?? []), [reversals]);
}
