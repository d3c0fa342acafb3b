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

/**
 * The customer list a CS team opens every morning: search, filters, sortable columns, row → customer; a click
 * on a tier, type, stage, district or owner (or the pencil beside a name) edits it in place; ticked rows (or every customer matching the
 * filter) can be changed at once; segments reopen saved filters; export takes every matching row.
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
  const unsortable = (source: string) => !meta.fields[source]?.sortable;
  return (
    <List
      filters={filters}
      sort={{ field: meta.defaultSort[0], order: meta.defaultSort[1] }}
      perPage={25}
      actions={<CustomerListActions />}
      exporter={false}
    >
      <DrillFilterChips inputs={inputs} />
      {isSmall ? (
        <CustomerMobileList />
      ) : (
        <DataTable rowClick="show" {...bulk}>
          <DataTable.Col source="name" disableSort={unsortable('name')}>
            <QuickEditCell source="name" byIcon>
              <TextField source="name" sx={{ fontWeight: 600 }} />
            </QuickEditCell>
          </DataTable.Col>
          <DataTable.Col source="phone" disableSort={unsortable('phone')}>
            <SensitiveField source="phone" sensitive="contact" />
          </DataTable.Col>
          <DataTable.Col source="tier_id" disableSort={unsortable('tier_id')}>
            <QuickEditCell source="tier_id">
              <TierField source="tier_id" />
            </QuickEditCell>
          </DataTable.Col>
          <DataTable.Col source="customer_type" disableSort={unsortable('customer_type')}>
            <QuickEditCell source="customer_type">
              <EnumField source="customer_type" list="customer_type" />
            </QuickEditCell>
          </DataTable.Col>
          <DataTable.Col source="lifecycle_stage" disableSort={unsortable('lifecycle_stage')}>
            <QuickEditCell source="lifecycle_stage">
              <EnumField source="lifecycle_stage" list="lifecycle_stage" />
            </QuickEditCell>
          </DataTable.Col>
          <DataTable.Col source="region" disableSort={unsortable('region')}>
            <QuickEditCell source="region">
              <LookupField source="region" lookup="region" />
            </QuickEditCell>
          </DataTable.Col>
          {byOwner && (
            <DataTable.Col source="owner_id" disableSort={unsortable('owner_id')}>
              <QuickEditCell source="owner_id">
                <ReferenceField source="owner_id" reference="users" link={false} />
              </QuickEditCell>
            </DataTable.Col>
          )}
          <DataTable.Col source="points_balance" disableSort={unsortable('points_balance')} align="right">
            <IntegerField source="points_balance" />
          </DataTable.Col>
          <DataTable.Col source="last_visit_date" disableSort={unsortable('last_visit_date')}>
            <LocalDateField source="last_visit_date" />
          </DataTable.Col>
        </DataTable>
      )}
    </List>
  );
}
