import HistoryIcon from '@mui/icons-material/History';
import LayersIcon from '@mui/icons-material/Layers';
import OpenInNewIcon from '@mui/icons-material/OpenInNew';
import { Button, Link, TopToolbar, useRecordContext } from 'react-admin';
import { useMeta } from '../../meta/MetaContext';
import { auditListPath, recordPath } from './auditRecord';

/** From one entry to the rest of the story: the record itself, all its entries, the other rows of the same bulk change. */
export function AuditLogShowActions() {
  const record = useRecordContext();
  const { resources } = useMeta();
  if (!record) return <TopToolbar />;
  const resource = String(record.resource);
  const path = recordPath({ action: String(record.action), resource, record_id: record.record_id }, (r) => !!resources[r]);
  return (
    <TopToolbar>
      {path && (
        <Button component={Link} to={path} label="crm.audit.actions.open_record">
          <OpenInNewIcon />
        </Button>
      )}
      {record.record_id != null && (
        <Button component={Link} to={auditListPath({ resource, record_id: Number(record.record_id) })} label="crm.audit.actions.record_history">
          <HistoryIcon />
        </Button>
      )}
      {record.batch_id && (
        <Button component={Link} to={auditListPath({ batch_id: String(record.batch_id) })} label="crm.audit.actions.same_batch">
          <LayersIcon />
        </Button>
      )}
    </TopToolbar>
  );
}
