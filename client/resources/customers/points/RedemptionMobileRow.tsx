import { Box } from '@mui/material';
import { ReferenceField } from 'react-admin';
import { EnumField } from '../../../fields/EnumField';
import { IntegerField } from '../../../fields/IntegerField';
import { LocalDateField } from '../../../fields/LocalDateField';
import { RedemptionStatusButtons } from '../../redemptions/RedemptionStatusButtons';

const line = { display: 'flex', alignItems: 'center', justifyContent: 'space-between', gap: 1, flexWrap: 'wrap' } as const;

/** One redemption on a phone: the gift and its points, when, its status and what can still be done. */
export function RedemptionMobileRow() {
  return (
    <>
      <Box sx={line}>
        <Box component="span" sx={{ display: 'inline-flex', gap: 0.5, alignItems: 'baseline' }}>
          <ReferenceField source="gift_id" reference="gifts" link={false} />
          <span>×</span>
          <IntegerField source="quantity" />
        </Box>
        <IntegerField source="points" />
      </Box>
      <Box sx={line}>
        <LocalDateField source="redeemed_at" showTime />
        <EnumField source="status" list="redemption_status" />
      </Box>
      <Box sx={{ display: 'flex', justifyContent: 'flex-end' }}>
        <RedemptionStatusButtons />
      </Box>
    </>
  );
}
