import { Box, Stack } from '@mui/material';
import { RecordContextProvider, ReferenceField, TextField, useListContext } from 'react-admin';
import { EnumField } from '../../fields/EnumField';
import { IntegerField } from '../../fields/IntegerField';
import { LocalDateField } from '../../fields/LocalDateField';
import { CustomerNameWithTier } from '../customers/CustomerNameWithTier';
import { AdjustmentDecisionButtons } from './AdjustmentDecisionButtons';

/** The approval queue on a phone: one card per request, with its buttons on the card. */
export function PointAdjustmentMobileList() {
  const { data } = useListContext();
  return (
    <Stack divider={<Box sx={{ borderTop: 1, borderColor: 'divider' }} />}>
      {(data ?? []).map((record) => (
        <RecordContextProvider key={record.id} value={record}>
          <Box sx={{ px: 2, py: 1.5 }}>
            <Stack direction="row" spacing={1} sx={{ alignItems: 'center', justifyContent: 'space-between' }}>
              <ReferenceField source="customer_id" reference="customers" link="show">
                <CustomerNameWithTier compact />
              </ReferenceField>
              <IntegerField source="points" signed />
            </Stack>
            <TextField source="note" sx={{ display: 'block', my: 0.5 }} />
            <Stack direction="row" spacing={1} sx={{ alignItems: 'center', flexWrap: 'wrap', rowGap: 0.5 }}>
              <EnumField source="status" list="adjustment_status" />
              <LocalDateField source="created_at" showTime />
              <ReferenceField source="requested_by_id" reference="users" link={false} />
            </Stack>
            <AdjustmentDecisionButtons />
          </Box>
        </RecordContextProvider>
      ))}
    </Stack>
  );
}
