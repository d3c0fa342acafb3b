import { Link } from '@mui/material';
import { Link as RouterLink } from 'react-router-dom';
import { useRecordContext, useTranslate } from 'react-admin';
import { useMeta } from '../../../meta/MetaContext';
import { sourceResource } from './pointsRules';

/** Where a ledger entry came from (a vehicle purchase, a service visit, a redemption …), linked to that record. */
export function EntrySourceField() {
  const entry = useRecordContext<{ id: number; source_type?: string | null; source_id?: number | null }>();
  const meta = useMeta();
  const translate = useTranslate();
  if (!entry?.source_type) return null;
  const resource = sourceResource(entry.source_type, new Set(Object.keys(meta.resources)));
  if (!resource) return <span>{entry.source_type}</span>;
  const label = `${translate(`resources.${resource}.name`, { smart_count: 1 })}${entry.source_id ? ` #${entry.source_id}` : ''}`;
  if (!entry.source_id) return <span>{label}</span>;
  return (
    <Link component={RouterLink} to={`/${resource}/${entry.source_id}/show`} onClick={(e) => e.stopPropagation()} sx={{ whiteSpace: 'nowrap' }}>
      {label}
    </Link>
  );
}
