import { useState } from 'react';
import BookmarkAddIcon from '@mui/icons-material/BookmarkAdd';
import { Button, useCanAccess, useListContext } from 'react-admin';
import { savedFilter } from './segmentFilter';
import { SaveSegmentDialog } from './SaveSegmentDialog';

/** "保存为分群 / Save as segment" in the customers list: keeps its current filter under a name. */
export function SaveSegmentButton() {
  const { filterValues } = useListContext();
  const { canAccess } = useCanAccess({ resource: 'segments', action: 'create' });
  const [open, setOpen] = useState(false);
  if (!canAccess) return null;
  return (
    <>
      <Button label="crm.bulk.segments.save" onClick={() => setOpen(true)}>
        <BookmarkAddIcon />
      </Button>
      {open && <SaveSegmentDialog filter={savedFilter(filterValues)} onClose={() => setOpen(false)} />}
    </>
  );
}
