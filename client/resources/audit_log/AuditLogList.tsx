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

/** The trail is written by the server alone: filters, no create, no export of raw change objects. */
const actions = (
  <TopToolbar>
    <FilterButton />
  </TopToolbar>
);

/** Who changed what and when, newest first, for managers: filter by person, record type, action and dates. */
export function AuditLogList() {
  const filters = useAuditLogFilters();
  const isSmall = useMediaQuery((theme: Theme) => theme.breakpoints.down('sm'));
  return (
    <List filters={filters} actions={actions} sort={{ field: 'created_at', order: 'DESC' }} perPage={25}>
      {isSmall ? (
        <AuditLogMobileList />
      ) : (
        <DataTable rowClick="show" bulkActionButtons={false}>
          <DataTable.Col source="created_at">
            <LocalDateField source="created_at" showTime />
          </DataTable.Col>
          <DataTable.Col source="user_id">
            <UserField />
          </DataTable.Col>
          <DataTable.Col source="action">
            <ActionChip />
          </DataTable.Col>
          <DataTable.Col source="resource">
            <RecordTypeField />
          </DataTable.Col>
          <DataTable.Col source="record_title" disableSort>
            <RecordTitleField />
          </DataTable.Col>
          <DataTable.Col source="changes" disableSort sx={{ width: '35%' }}>
            <ChangeSummaryField />
          </DataTable.Col>
        </DataTable>
      )}
    </List>
  );
}
