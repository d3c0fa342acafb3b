import { useMemo } from 'react';
import { useMediaQuery, type Theme } from '@mui/material';
import { DataTable, List, ReferenceField, TextField } from 'react-admin';
import { EnumField } from '../../fields/EnumField';
import { IntegerField } from '../../fields/IntegerField';
import { LocalDateField } from '../../fields/LocalDateField';
import { useResourceMeta } from '../../meta/MetaContext';
import { CustomerReferenceField } from '../generic/CustomerReferenceField';
import { filtersFor } from '../generic/filtersFor';
import { GenericListActions } from '../generic/GenericListActions';
import { AdjustmentDecisionButtons } from './AdjustmentDecisionButtons';
import { PointAdjustmentMobileList } from './PointAdjustmentMobileList';

/** The approval queue: adjustments above the manager's threshold, pending ones first by default, decided in place. */
export function PointAdjustmentList() {
  const resource = useResourceMeta('point_adjustments');
  const isSmall = useMediaQuery((theme: Theme) => theme.breakpoints.down('sm'));
  const filters = useMemo(() => filtersFor(resource, { searchPlaceholder: '', alwaysOn: ['status'] }), [resource]);
  return (
    <List
      filters={filters}
      filterDefaultValues={{ status: 'pending' }}
      sort={{ field: 'created_at', order: 'DESC' }}
      perPage={25}
      actions={<GenericListActions />}
      exporter={false}
    >
      {isSmall ? (
        <PointAdjustmentMobileList />
      ) : (
        <DataTable rowClick="show" bulkActionButtons={false}>
          <DataTable.Col source="created_at">
            <LocalDateField source="created_at" showTime />
          </DataTable.Col>
          <DataTable.Col source="customer_id">
            <CustomerReferenceField source="customer_id" />
          </DataTable.Col>
          <DataTable.Col source="points" align="right">
            <IntegerField source="points" signed />
          </DataTable.Col>
          <DataTable.Col source="note" disableSort>
            <TextField source="note" />
          </DataTable.Col>
          <DataTable.Col source="requested_by_id" disableSort>
            <ReferenceField source="requested_by_id" reference="users" link={false} />
          </DataTable.Col>
          <DataTable.Col source="status">
            <EnumField source="status" list="adjustment_status" />
          </DataTable.Col>
          <DataTable.Col source="decided_by_id" disableSort>
            <ReferenceField source="decided_by_id" reference="users" link={false} />
          </DataTable.Col>
          <DataTable.Col source="decided_at">
            <LocalDateField source="decided_at" showTime />
          </DataTable.Col>
          <DataTable.Col label={false} disableSort>
            <AdjustmentDecisionButtons />
          </DataTable.Col>
        </DataTable>
      )}
    </List>
  );
}
