import ManageSearchIcon from '@mui/icons-material/ManageSearch';
import { Button, useRecordContext } from 'react-admin';
import { Link } from 'react-router-dom';
import { customersListLink, segmentFilter } from './segmentFilter';

/** Opens the customers list filtered by the segment. */
export function SegmentOpenButton() {
  const record = useRecordContext();
  if (!record) return null;
  return (
    <Button component={Link} to={customersListLink(segmentFilter(record.filter))} label="crm.bulk.segments.open">
      <ManageSearchIcon />
    </Button>
  );
}
