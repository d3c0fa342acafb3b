import { DataTable, Pagination, ReferenceField, ReferenceManyField, TextField } from 'react-admin';
import { EnumField } from '../../../fields/EnumField';
import { IntegerField } from '../../../fields/IntegerField';
import { LocalDateField } from '../../../fields/LocalDateField';
import { EmptyRows } from './EmptyRows';
import { LedgerMobileRow } from './LedgerMobileRow';
import { MobileRows } from './MobileRows';
import { useIsPhone } from './useIsPhone';
import { EntrySourceField } from './EntrySourceField';
import { LedgerEntryActions } from './LedgerEntryActions';

/** The customer's ledger, newest first: every earn and spend, signed and coloured, with who booked it and why. */
export function PointLedgerTable({ customerId }: { customerId: number }) {
  const isPhone = useIsPhone();
  return (
    <ReferenceManyField
      reference="point_entries"
      target="customer_id"
      sort={{ field: 'created_at', order: 'DESC' }}
      perPage={10}
      pagination={<Pagination rowsPerPageOptions={[10, 25, 50]} />}
      empty={<EmptyRows message="crm.points.ledger.empty" />}
    >
      {isPhone ? (
        <MobileRows>
          <LedgerMobileRow customerId={customerId} />
        </MobileRows>
      ) : (
        <DataTable bulkActionButtons={false} rowClick={false}>
          <DataTable.Col source="created_at">
            <LocalDateField source="created_at" showTime />
          </DataTable.Col>
          <DataTable.Col source="points" align="right">
            <IntegerField source="points" signed />
          </DataTable.Col>
          <DataTable.Col source="reason">
            <EnumField source="reason" list="point_reason" />
          </DataTable.Col>
          <DataTable.Col source="note" disableSort>
            <TextField source="note" />
          </DataTable.Col>
          <DataTable.Col source="author_id">
            <ReferenceField source="author_id" reference="users" link={false} />
          </DataTable.Col>
          <DataTable.Col source="source_type" label="crm.points.ledger.source" disableSort>
            <EntrySourceField />
          </DataTable.Col>
          <DataTable.Col label={false} disableSort>
            <LedgerEntryActions customerId={customerId} />
          </DataTable.Col>
        </DataTable>
      )}
    </ReferenceManyField>
  );
}
