import { Box, Divider, Typography } from '@mui/material';
import { Show, useTranslate, WithRecord } from 'react-admin';
import { AuditEntryHeader } from './AuditEntryHeader';
import { AuditLogShowActions } from './AuditLogShowActions';
import { ChangesTable } from './ChangesTable';

/** One audit entry: who did what to which record and when, then every changed field, before and after. */
export function AuditLogShow() {
  const translate = useTranslate();
  return (
    <Show actions={<AuditLogShowActions />}>
      <AuditEntryHeader />
      <Divider sx={{ mt: 2 }} />
      <Box sx={{ p: 2 }}>
        <Typography variant="subtitle2" color="primary" component="h3" sx={{ mb: 1 }}>
          {translate('resources.audit_log.fields.changes')}
        </Typography>
        <WithRecord render={(record) => <ChangesTable resource={String(record.resource)} action={String(record.action)} changes={record.changes} />} />
      </Box>
    </Show>
  );
}
