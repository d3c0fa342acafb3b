import { useMediaQuery, type Theme } from '@mui/material';
import { DataTable, FilterButton, List, TopToolbar } from 'react-admin';
import { LocalDateField } from '../../fields/LocalDateField';
import { ActionChip } from './ActionChip';
import { AuditLogMobileList } from './AuditLogMobileList';
import { ChangeSummaryField } from './ChangeSummaryField';
import { RecordTitleField } from './RecordTitleField';
import { RecordTypeField } from './RecordTypeField';
import { UserField } from './UserField';
import { useAuditLogFilters } from './useAuditLogFilters';
import { useResourceMeta } from '../../meta/MetaContext';
import { ListViewControls } from '../../listViews/ListViewControls';
import { ListViewProvider, useListViewState } from '../../listViews/ListViewContext';
import { viewColumns, type CellSpec } from '../../listViews/viewColumns';

/** The trail is written by the server alone: filters, no create, no export of raw change objects. */
const actions = (
  <TopToolbar>
    <ListViewControls />
    <FilterButton />
  </TopToolbar>
);

/** The trail's columns when no view says otherwise; the change summary takes a third of the width. */
const DEFAULTS = ['created_at', 'user_id', 'action', 'resource', 'record_title', 'changes'];
const SORT = { field: 'created_at', order: 'DESC' as const };
const CELLS: Record<string, CellSpec> = {
  created_at: { children: <LocalDateField source="created_at" showTime /> },
  user_id: { children: <UserField /> },
  action: { children: <ActionChip /> },
  resource: { children: <RecordTypeField /> },
  record_title: { children: <RecordTitleField /> },
  changes: { children: <ChangeSummaryField />, sx: { width: '35%' } },
};

/** Who changed what and when, newest first, for managers: filter by person, record type, action and dates. */
export function AuditLogList() {
  const filters = useAuditLogFilters();
  const isSmall = useMediaQuery((theme: Theme) => theme.breakpoints.down('sm'));
  const resource = useResourceMeta('audit_log');
  const view = useListViewState({ resource, defaults: DEFAULTS, defaultSort: SORT });
  return (
    <ListViewProvider value={view}>
    <List filters={filters} actions={actions} sort={SORT} perPage={25}>
      {isSmall ? (
        <AuditLogMobileList />
      ) : (
        <DataTable rowClick="show" bulkActionButtons={false} size={view.density === 'compact' ? 'small' : 'medium'}>
          {viewColumns(view.visible, resource, CELLS)}
        </DataTable>
      )}
    </List>
    </ListViewProvider>
  );
}
