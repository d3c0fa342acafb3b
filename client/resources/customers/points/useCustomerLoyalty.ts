import { useQuery } from '@tanstack/react-query';
import { useDataProvider } from 'react-admin';
import type { CrmDataProvider } from '../../../dataProvider';

/** The points tab's header for one customer; react-admin's refresh (useRefresh) reloads it with the tables. */
export function useCustomerLoyalty(customerId: number | undefined) {
  const dataProvider = useDataProvider<CrmDataProvider>();
  return useQuery({
    queryKey: ['loyalty', 'customer', customerId],
    queryFn: () => dataProvider.customerLoyalty(customerId as number),
    enabled: typeof customerId === 'number',
  });
}
