import { Confirm, useTranslate } from 'react-admin';
import { useResourceMeta } from '../meta/MetaContext';
import type { BulkTarget } from './bulkTypes';
import { BulkConfirm } from './BulkConfirm';
import { useBulkApply } from './useBulkApply';
import { useTargetCount } from './useTargetCount';

/** The confirmation of a bulk delete, naming how many records go; one request deletes them all. */
export function BulkDeleteDialog({ resource, target, onClose }: { resource: string; target: BulkTarget; onClose: () => void }) {
  const meta = useResourceMeta(resource);
  const translate = useTranslate();
  const count = useTargetCount(resource, target);
  const { apply, isPending } = useBulkApply(resource, target);
  const confirm = async () => {
    if (count === undefined) return;
    await apply({ kind: 'delete' });
    onClose();
  };
  return (
    <Confirm
      isOpen
      loading={isPending || count === undefined}
      title={translate('crm.bulk.delete.title', { resource: translate(`resources.${resource}.name`, { smart_count: 2 }) })}
      content={<BulkConfirm resource={meta} payload={{ data: {} }} count={count} kind="delete" />}
      confirm="crm.bulk.delete.apply"
      confirmColor="warning"
      onConfirm={confirm}
      onClose={onClose}
    />
  );
}
