import { Box } from '@mui/material';
import { EnumField } from '../../../fields/EnumField';
import { LocalDateField } from '../../../fields/LocalDateField';
import { TierChangeField } from './TierChangeField';
import { TierDirectionField } from './TierDirectionField';

const line = { display: 'flex', alignItems: 'center', justifyContent: 'space-between', gap: 1, flexWrap: 'wrap' } as const;

/** One tier change on a phone: from → to, then when, which way and why. */
export function TierChangeMobileRow() {
  return (
    <>
      <TierChangeField />
      <Box sx={line}>
        <LocalDateField source="created_at" showTime />
        <TierDirectionField />
        <EnumField source="reason" list="tier_change_reason" />
      </Box>
    </>
  );
}
