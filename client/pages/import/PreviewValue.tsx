import { RecordContextProvider, ReferenceField } from 'react-admin';
import { useResourceMeta } from '../../meta/MetaContext';
import { usePreviewText } from './usePreviewText';

/**
 * One parsed value of the preview. The server turns "张伟" in a customer column into the customer's id; the
 * preview names that record again, so the user sees whom the row will point at, not a number.
 */
export function PreviewValue({ resource, field, row }: { resource: string; field: string; row: Record<string, unknown> }) {
  const text = usePreviewText(resource);
  const def = useResourceMeta(resource).fields[field];
  const value = row[field];
  if (def?.type === 'reference' && def.reference && typeof value === 'number') {
    return (
      <RecordContextProvider value={{ ...row, id: '' }}>
        <ReferenceField source={field} reference={def.reference} link={false} sx={{ '& .MuiTypography-root': { font: 'inherit' } }} />
      </RecordContextProvider>
    );
  }
  return <>{text(field, value)}</>;
}
