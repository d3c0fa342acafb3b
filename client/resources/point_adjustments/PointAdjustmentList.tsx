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
import { ListViewProvider, useListViewState } from '../../listViews/ListViewContext';
import { viewColumns, type CellSpec } from '../../listViews/viewColumns';

/** The queue's columns when no view says otherwise, in order. */
const DEFAULTS = ['created_at', 'customer_id', 'points', 'note', 'requested_by_id', 'status', 'decided_by_id', 'decided_at'];
const SORT = { field: 'created_at', order: 'DESC' as const };
const CELLS: Record<string, CellSpec> = {
  created_at: { children: <LocalDateField source="created_at" showTime /> },
  customer_id: { children: <CustomerReferenceField source="customer_id" /> },
  points: { children: <IntegerField source="points" signed />, align: 'right' },
  note: { children: <TextField source="note" /> },
  requested_by_id: { children: <ReferenceField source="requested_by_id" reference="users" link={false} /> },
  status: { children: <EnumField source="status" list="adjustment_status" /> },
  decided_by_id: { children: <ReferenceField source="decided_by_id" reference="users" link={false} /> },
  decided_at: { children: <LocalDateField source="decided_at" showTime /> },
};

/** The approval queue: adjustments above the manager's threshold, pending ones first by default, decided in place. */
export function PointAdjustmentList() {
  const resource = useResourceMeta('point_adjustments');
  const isSmall = useMediaQuery((theme: Theme) => theme.breakpoints.down('sm'));
  const filters = useMemo(() => filtersFor(resource, { searchPlaceholder: '', alwaysOn: ['status'] }), [resource]);
  const view = useListViewState({ resource, defaults: DEFAULTS, defaultSort: SORT });
  return (
    <ListViewProvider value={view}>
    <List
      filters={filters}
      filterDefaultValues={{ status: 'pending' }}
      sort={SORT}
      perPage={25}
      actions={<GenericListActions />}
      exporter={false}
    >
      {isSmall ? (
        <PointAdjustmentMobileList />
      ) : (
        <DataTable rowClick="show" bulkActionButtons={false} size={view.density === 'compact' ? 'small' : 'medium'}>
          {viewColumns(view.visible, resource, CELLS)}
          <DataTable.Col label={false} disableSort>
            <AdjustmentDecisionButtons />
          </DataTable.Col>
        </DataTable>
      )}
    </List>
    </ListViewProvider>
  );
}
