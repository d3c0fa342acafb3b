import { Stack, Typography } from '@mui/material';
import { SimpleList, useLocaleState } from 'react-admin';
import { EnumField } from '../../fields/EnumField';
import { formatDateTime } from '../../i18n/formats';
import { ActionAvatar } from './ActionAvatar';
import { RecordTitleField } from './RecordTitleField';
import { RecordTypeField } from './RecordTypeField';
import { UserField } from './UserField';

/** The audit list on a phone: the action as a coloured icon, the record, then who did what, and when. */
export function AuditLogMobileList() {
  const [locale] = useLocaleState();
  return (
    <SimpleList
      leftIcon={(record) => <ActionAvatar action={record.action} />}
      primaryText={
        <Stack direction="row" spacing={0.75} component="span" sx={{ alignItems: 'baseline', minWidth: 0 }}>
          <Typography component="span" variant="body2" color="text.secondary" sx={{ flexShrink: 0 }}>
            <RecordTypeField />
          </Typography>
          <Typography component="span" sx={{ fontWeight: 600, overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap' }}>
            <RecordTitleField link={false} />
          </Typography>
        </Stack>
      }
      secondaryText={
        <Stack direction="row" spacing={0.5} component="span" sx={{ alignItems: 'center', flexWrap: 'wrap' }}>
          <UserField />
          <span>·</span>
          <EnumField source="action" list="audit_action" />
        </Stack>
      }
      tertiaryText={(record) => formatDateTime(record.created_at, locale)}
      rowClick="show"
    />
  );
}
