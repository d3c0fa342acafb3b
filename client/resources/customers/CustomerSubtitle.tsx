import { useRecordContext } from 'react-admin';
import { useLookupLabel } from '../../lookups/useLookups';

/** "138 0013 8000 · 朝阳区": how to reach the customer and where. */
export function CustomerSubtitle() {
  const record = useRecordContext();
  const region = useLookupLabel('region', record?.region);
  if (!record) return null;
  return <>{[record.phone, region].filter(Boolean).join(' · ')}</>;
}
