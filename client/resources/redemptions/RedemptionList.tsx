import { DataTable } from 'react-admin';
import { GenericList } from '../generic/GenericList';
import { RedemptionStatusButtons } from './RedemptionStatusButtons';

export const REDEMPTION_COLUMNS = ['redeemed_at', 'customer_id', 'gift_id', 'quantity', 'points', 'status', 'handled_by_id'];

/** Every redemption, requested ones handed over or cancelled from the row. */
export function RedemptionList() {
  return (
    <GenericList
      columns={REDEMPTION_COLUMNS}
      alwaysOnFilters={['status']}
      extraColumns={
        <DataTable.Col label={false} disableSort>
          <RedemptionStatusButtons />
        </DataTable.Col>
      }
    />
  );
}
