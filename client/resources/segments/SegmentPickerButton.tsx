import { useState } from 'react';
import FilterAltIcon from '@mui/icons-material/FilterAlt';
import { ListItemText, Menu, MenuItem } from '@mui/material';
import { Button, RecordContextProvider, useCanAccess, useGetList, useListContext, useTranslate } from 'react-admin';
import { SegmentCount } from './SegmentCount';
import { segmentFilter } from './segmentFilter';

const ALL = { pagination: { page: 1, perPage: 100 }, sort: { field: 'name', order: 'ASC' as const }, filter: {} };

/** "分群 / Segments" in the customers list: reopens a saved segment by applying its filter to the list. */
export function SegmentPickerButton() {
  const translate = useTranslate();
  const { setFilters } = useListContext();
  const { canAccess } = useCanAccess({ resource: 'segments', action: 'list' });
  const [anchor, setAnchor] = useState<HTMLElement | null>(null);
  const { data } = useGetList('segments', ALL, { enabled: !!canAccess && !!anchor });
  if (!canAccess) return null;
  const pick = (filter: Record<string, unknown>) => {
    setAnchor(null);
    setFilters(filter, Object.fromEntries(Object.keys(filter).map((key) => [key, true])));
  };
  return (
    <>
      <Button label="crm.bulk.segments.picker" onClick={(event) => setAnchor(event.currentTarget)} aria-haspopup="menu">
        <FilterAltIcon />
      </Button>
      <Menu anchorEl={anchor} open={!!anchor} onClose={() => setAnchor(null)} slotProps={{ paper: { sx: { minWidth: 260 } } }}>
        {data?.length === 0 && <MenuItem disabled>{translate('crm.bulk.segments.picker_empty')}</MenuItem>}
        {data?.map((segment) => (
          <RecordContextProvider key={segment.id} value={segment}>
            <MenuItem onClick={() => pick(segmentFilter(segment.filter))}>
              <ListItemText primary={segment.name} secondary={<SegmentCount />} />
            </MenuItem>
          </RecordContextProvider>
        ))}
      </Menu>
    </>
  );
}
