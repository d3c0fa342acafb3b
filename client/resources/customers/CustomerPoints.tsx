import { Box } from '@mui/material';
import { useRecordContext, useTranslate } from 'react-admin';
import { CustomerRedemptionsTable } from './points/CustomerRedemptionsTable';
import { LoyaltySummary } from './points/LoyaltySummary';
import { PointLedgerTable } from './points/PointLedgerTable';
import { PointsActions } from './points/PointsActions';
import { SectionTitle } from './points/SectionTitle';
import { TierHistoryTable } from './points/TierHistoryTable';

/**
 * The customer's points: balance, tier and the way to the next one on top, then the ledger (newest first), the
 * gift redemptions and the tier history. Every action refreshes the header and the tables.
 */
export function CustomerPoints() {
  const record = useRecordContext<{ id: number }>();
  const translate = useTranslate();
  if (!record) return null;
  return (
    <Box sx={{ width: '100%', minWidth: 0 }}>
      <LoyaltySummary customerId={record.id} actions={<PointsActions customerId={record.id} />} />
      <SectionTitle title={translate('crm.points.sections.ledger')} />
      <PointLedgerTable customerId={record.id} />
      <SectionTitle title={translate('crm.points.sections.redemptions')} />
      <CustomerRedemptionsTable />
      <SectionTitle title={translate('crm.points.sections.tier_history')} />
      <TierHistoryTable />
    </Box>
  );
}
