import { Avatar, Box, Stack, Typography } from '@mui/material';
import PhoneIcon from '@mui/icons-material/Phone';
import { ReferenceField, useRecordContext, useTranslate } from 'react-admin';
import { EnumField } from '../../fields/EnumField';
import { SensitiveField } from '../../fields/SensitiveField';
import { JsonField } from '../../fields/JsonField';
import { TierField } from '../tiers/TierField';

/** Who this is at a glance: name, tier, type, stage, phone and sales consultant. */
export function CustomerHeader() {
  const record = useRecordContext();
  const translate = useTranslate();
  if (!record) return null;
  return (
    <Stack direction="row" spacing={2} sx={{ alignItems: 'center', px: 2, pt: 2, flexWrap: 'wrap', rowGap: 1 }}>
      <Avatar sx={{ bgcolor: 'primary.main', width: 48, height: 48, fontSize: '1.3rem' }}>{String(record.name ?? '?').slice(0, 1)}</Avatar>
      <Box sx={{ minWidth: 0 }}>
        <Stack direction="row" spacing={1} sx={{ alignItems: 'center', flexWrap: 'wrap', rowGap: 0.5 }}>
          <Typography variant="h6" component="h2">
            {record.name}
          </Typography>
          <TierField source="tier_id" />
          <EnumField source="customer_type" list="customer_type" />
          <EnumField source="lifecycle_stage" list="lifecycle_stage" />
        </Stack>
        <Stack direction="row" spacing={2} sx={{ color: 'text.secondary', mt: 0.5, flexWrap: 'wrap' }}>
          {record.phone && (
            <Stack direction="row" spacing={0.5} sx={{ alignItems: 'center' }}>
              <PhoneIcon fontSize="inherit" />
              <SensitiveField source="phone" sensitive="contact" />
            </Stack>
          )}
          {record.owner_id && (
            <Typography variant="body2" component="span">
              {translate('crm.show.label', { label: translate('resources.customers.fields.owner_id') })}
              <ReferenceField source="owner_id" reference="users" link="show" />
            </Typography>
          )}
        </Stack>
        <Box sx={{ mt: 0.5 }}>
          <JsonField source="tags" />
        </Box>
      </Box>
    </Stack>
  );
}
