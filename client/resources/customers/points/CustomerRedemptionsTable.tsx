import { DataTable, Pagination, ReferenceField, ReferenceManyField, TextField } from 'react-admin';
import { EnumField } from '../../../fields/EnumField';
import { IntegerField } from '../../../fields/IntegerField';
import { LocalDateField } from '../../../fields/LocalDateField';
import { RedemptionStatusButtons } from '../../redemptions/RedemptionStatusButtons';
import { EmptyRows } from './EmptyRows';
import { MobileRows } from './MobileRows';
import { RedemptionMobileRow } from './RedemptionMobileRow';
import { useIsPhone } from './useIsPhone';

/** The customer's gift redemptions, newest first, with Fulfil / Cancel on the requested ones. */
export function CustomerRedemptionsTable() {
  const isPhone = useIsPhone();
  return (
    <ReferenceManyField
      reference="redemptions"
      target="customer_id"
      sort={{ field: 'redeemed_at', order: 'DESC' }}
      perPage={5}
      pagination={<Pagination rowsPerPageOptions={[5, 10, 25]} />}
      empty={<EmptyRows message="crm.points.redemptions.empty" />}
    >
      {isPhone ? (
        <MobileRows>
          <RedemptionMobileRow />
        </MobileRows>
      ) : (
        <DataTable bulkActionButtons={false} rowClick="show">
          <DataTable.Col source="redeemed_at">
            <LocalDateField source="redeemed_at" showTime />
          </DataTable.Col>
          <DataTable.Col source="gift_id">
            <ReferenceField source="gift_id" reference="gifts" link={false} />
          </DataTable.Col>
          <DataTable.Col source="quantity" align="right" disableSort>
            <IntegerField source="quantity" />
          </DataTable.Col>
          <DataTable.Col source="points" align="right">
            <IntegerField source="points" />
          </DataTable.Col>
          <DataTable.Col source="status">
            <EnumField source="status" list="redemption_status" />
          </DataTable.Col>
          <DataTable.Col source="note" disableSort>
            <TextField source="note" />
          </DataTable.Col>
          <DataTable.Col label={false} disableSort>
            <RedemptionStatusButtons />
          </DataTable.Col>
        </DataTable>
      )}
    </ReferenceManyField>
  );
}
