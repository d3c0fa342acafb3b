import { useMemo } from 'react';
import { useMediaQuery, type Theme } from '@mui/material';
import { DataTable, List, ReferenceField, TextField } from 'react-admin';
import { useProfile } from '../../auth/useProfile';
import { useBulkTableProps } from '../../bulk/useBulkTableProps';
import { SensitiveField } from '../../fields/SensitiveField';
import { useResourceMeta } from '../../meta/MetaContext';
import { EnumField } from '../../fields/EnumField';
import { IntegerField } from '../../fields/IntegerField';
import { LocalDateField } from '../../fields/LocalDateField';
import { LookupField } from '../../lookups/LookupField';
import { TierField } from '../tiers/TierField';
import { useCustomerFilters } from './CustomerFilters';
import { CustomerListActions } from './CustomerListActions';
import { CustomerMobileList } from './CustomerMobileList';
import { QuickEditCell } from './QuickEditCell';
import { DrillFilterChips } from '../filters/DrillFilterChips';
import { InviteChosenButton } from './InviteChosenButton';
import { ListViewProvider, useListViewState } from '../../listViews/ListViewContext';
import { viewColumns, type CellSpec } from '../../listViews/viewColumns';

/** The columns the list opens with, in order, when no view says otherwise. */
export const CUSTOMER_COLUMNS = ['name', 'phone', 'tier_id', 'customer_type', 'lifecycle_stage', 'region', 'owner_id', 'points_balance', 'last_visit_date'];

/** How the list draws its own columns (quick edit in place, the name in bold); any other field is drawn from the meta. */
const CELLS: Record<string, CellSpec> = {
  name: {
    children: (
      <QuickEditCell source="name" byIcon>
        <TextField source="name" sx={{ fontWeight: 600 }} />
      </QuickEditCell>
    ),
  },
  phone: { children: <SensitiveField source="phone" sensitive="contact" /> },
  tier_id: { children: <QuickEditCell source="tier_id"><TierField source="tier_id" /></QuickEditCell> },
  customer_type: { children: <QuickEditCell source="customer_type"><EnumField source="customer_type" list="customer_type" /></QuickEditCell> },
  lifecycle_stage: { children: <QuickEditCell source="lifecycle_stage"><EnumField source="lifecycle_stage" list="lifecycle_stage" /></QuickEditCell> },
  region: { children: <QuickEditCell source="region"><LookupField source="region" lookup="region" /></QuickEditCell> },
  owner_id: { children: <QuickEditCell source="owner_id"><ReferenceField source="owner_id" reference="users" link={false} /></QuickEditCell> },
  points_balance: { children: <IntegerField source="points_balance" />, align: 'right' },
  last_visit_date: { children: <LocalDateField source="last_visit_date" /> },
};

const OWN_CUSTOMERS_ONLY = ['owner_id'];

/**
 * The customer list a CS team opens every morning: search, filters, sortable columns, row → customer; a click
 * on a tier, type, stage, district or owner (or the pencil beside a name) edits it in place; ticked rows (or every customer matching the
 * filter) can be changed at once; segments reopen saved filters; export takes every matching row. The columns,
 * their order and widths, the density, filter and sort follow the list view picked in the toolbar; any customer
 * field (an admin's custom ones too) can be added as a column.
 * A consultant limited to their own customers sees neither owner filter nor owner column (always themselves).
 */
export function CustomerList() {
  const meta = useResourceMeta('customers');
  const profile = useProfile();
  const byOwner = profile?.scope !== 'own_customers';
  const filters = useCustomerFilters({ byOwner });
  const bulk = useBulkTableProps('customers', (target, count) => <InviteChosenButton target={target} count={count} />);
  const inputs = filters.map((f) => String((f.props as { source?: unknown }).source));
  const isSmall = useMediaQuery((theme: Theme) => theme.breakpoints.down('sm'));
  const sort = useMemo(() => ({ field: meta.defaultSort[0], order: meta.defaultSort[1] }), [meta]);
  const view = useListViewState({ resource: meta, defaults: CUSTOMER_COLUMNS, defaultSort: sort, exclude: byOwner ? [] : OWN_CUSTOMERS_ONLY });
  return (
    <ListViewProvider value={view}>
      <List filters={filters} sort={sort} perPage={25} actions={<CustomerListActions />} exporter={false}>
        <DrillFilterChips inputs={inputs} />
        {isSmall ? (
          <CustomerMobileList />
        ) : (
          <DataTable rowClick="show" size={view.density === 'compact' ? 'small' : 'medium'} {...bulk}>
            {viewColumns(view.visible, meta, CELLS)}
          </DataTable>
        )}
      </List>
    </ListViewProvider>
  );
}
