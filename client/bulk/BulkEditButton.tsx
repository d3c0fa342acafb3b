import { useState } from 'react';
import EditNoteIcon from '@mui/icons-material/EditNote';
import { Button } from 'react-admin';
import type { BulkTarget } from './bulkTypes';
import { BulkEditDialog } from './BulkEditDialog';

/** "批量修改 / Bulk edit": opens the bulk dialog on the given records (ticked rows, a filter, a segment). */
export function BulkEditButton({ resource, target, label = 'crm.bulk.edit.button' }: { resource: string; target: BulkTarget; label?: string }) {
  const [open, setOpen] = useState(false);
  return (
    <>
      <Button label={label} onClick={() => setOpen(true)}>
        <EditNoteIcon />
      </Button>
      {open && <BulkEditDialog resource={resource} target={target} onClose={() => setOpen(false)} />}
    </>
  );
}
