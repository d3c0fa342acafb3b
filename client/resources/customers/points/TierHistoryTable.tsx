import { DataTable, Pagination, ReferenceField, ReferenceManyField } from 'react-admin';
import { EnumField } from '../../../fields/EnumField';
import { IntegerField } from '../../../fields/IntegerField';
import { LocalDateField } from '../../../fields/LocalDateField';
import { EmptyRows } from './EmptyRows';
import { MobileRows } from './MobileRows';
import { TierChangeMobileRow } from './TierChangeMobileRow';
import { useIsPhone } from './useIsPhone';
import { TierChangeField } from './TierChangeField';
import { TierDirectionField } from './TierDirectionField';

/** Every tier the customer moved into, newest first: when, from → to, why, on how many points, by whom. */
export function TierHistoryTable() {
  const isPhone = useIsPhone();
  return (
    <ReferenceManyField
      reference="tier_changes"
      target="customer_id"
      sort={{ field: 'created_at', order: 'DESC' }}
      perPage={5}
      pagination={<Pagination rowsPerPageOptions={[5, 10, 25]} />}
      empty={<EmptyRows message="crm.points.tier_history.empty" />}
    >
      {isPhone ? (
        <MobileRows>
          <TierChangeMobileRow />
        </MobileRows>
      ) : (
        <DataTable bulkActionButtons={false} rowClick={false}>
          <DataTable.Col source="created_at">
            <LocalDateField source="created_at" showTime />
          </DataTable.Col>
          <DataTable.Col source="to_tier_id" label="crm.points.tier_history.change" disableSort>
            <TierChangeField />
          </DataTable.Col>
          <DataTable.Col source="direction" disableSort>
            <TierDirectionField />
          </DataTable.Col>
          <DataTable.Col source="reason" disableSort>
            <EnumField source="reason" list="tier_change_reason" />
          </DataTable.Col>
          <DataTable.Col source="points" align="right" disableSort>
            <IntegerField source="points" />
          </DataTable.Col>
          <DataTable.Col source="author_id" disableSort>
            <ReferenceField source="author_id" reference="users" link={false} />
          </DataTable.Col>
        </DataTable>
      )}
    </ReferenceManyField>
  );
}
