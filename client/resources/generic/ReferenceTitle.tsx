import { ReferenceField, useRecordContext, useTranslate } from 'react-admin';
import type { ResourceMeta } from '../../meta/types';

/**
 * The page title of a record named by another record (a participation by its customer): react-admin's own
 * titles only take text, so this one renders "活动参与者 张伟" itself.
 */
export function ReferenceTitle({ resource }: { resource: ResourceMeta }) {
  const record = useRecordContext();
  const translate = useTranslate();
  const field = resource.fields[resource.title];
  if (!record || field?.type !== 'reference' || !field.reference) return null;
  return (
    <span>
      {translate(`resources.${resource.name}.name`, { smart_count: 1 })}{' '}
      <ReferenceField source={resource.title} reference={field.reference} link={false} sx={{ '& .MuiTypography-root': { font: 'inherit' } }} />
    </span>
  );
}
