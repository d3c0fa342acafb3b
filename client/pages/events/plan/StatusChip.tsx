import { RecordContextProvider } from 'react-admin';
import { EnumField } from '../../../fields/EnumField';

/** A status as the rest of the app shows it (enums.<list>, colours from enumColors), outside any record page. */
export function StatusChip({ list, value }: { list: string; value: string | null }) {
  if (!value) return null;
  return (
    <RecordContextProvider value={{ id: value, status: value }}>
      <EnumField source="status" list={list} />
    </RecordContextProvider>
  );
}
