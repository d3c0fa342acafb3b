import { useState } from 'react';
import DeleteSweepIcon from '@mui/icons-material/DeleteSweep';
import { Button } from 'react-admin';
import type { BulkTarget } from './bulkTypes';
import { BulkDeleteDialog } from './BulkDeleteDialog';

/** "批量删除 / Bulk delete" of the ticked rows or of every record matching the filter. */
export function BulkDeleteButton({ resource, target }: { resource: string; target: BulkTarget }) {
  const [open, setOpen] = useState(false);
  return (
    <>
      <Button label="crm.bulk.delete.button" onClick={() => setOpen(true)} color="error">
        <DeleteSweepIcon />
      </Button>
      {open && <BulkDeleteDialog resource={resource} target={target} onClose={() => setOpen(false)} />}
    </>
  );
}
