import { Box } from '@mui/material';
import { TextField } from 'react-admin';
import { EnumField } from '../../../fields/EnumField';
import { IntegerField } from '../../../fields/IntegerField';
import { LocalDateField } from '../../../fields/LocalDateField';
import { EntrySourceField } from './EntrySourceField';
import { LedgerEntryActions } from './LedgerEntryActions';

const line = { display: 'flex', alignItems: 'center', justifyContent: 'space-between', gap: 1, flexWrap: 'wrap' } as const;

/** One ledger entry on a phone: when and how many, why, where from, and the Reverse button. */
export function LedgerMobileRow({ customerId }: { customerId: number }) {
  return (
    <>
      <Box sx={line}>
        <LocalDateField source="created_at" showTime />
        <IntegerField source="points" signed />
      </Box>
      <Box sx={{ ...line, justifyContent: 'flex-start' }}>
        <EnumField source="reason" list="point_reason" />
        <TextField source="note" color="text.secondary" />
      </Box>
      <Box sx={line}>
        <EntrySourceField />
        <Box sx={{ ml: 'auto' }}>
          <LedgerEntryActions customerId={customerId} />
        </Box>
      </Box>
    </>
  );
}
