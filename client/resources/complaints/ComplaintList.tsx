import { useMemo } from 'react';
import { Stack, useMediaQuery, type Theme } from '@mui/material';
import { DataTable, List, SelectInput, SimpleList, useResourceContext, useTranslate, type RaRecord } from 'react-admin';
import { useBulkTableProps } from '../../bulk/useBulkTableProps';
import { useResourceMeta } from '../../meta/MetaContext';
import { listColumns } from '../generic/columns';
import { fieldFor } from '../generic/fieldFor';
import { filtersFor } from '../generic/filtersFor';
import { GenericListActions } from '../generic/GenericListActions';
import { useSearchPlaceholder } from '../generic/useSearchPlaceholder';
import { slaState } from '../../../server/domain/complaints/slaState';
import { SlaChip } from './SlaChip';
import { SLA_ROW_BG } from './slaText';
import { useSlaClock } from './useComplaintCalls';
import { EscalateButton } from './EscalateButton';
import { ListViewProvider, useListViewState } from '../../listViews/ListViewContext';
import { viewColumns } from '../../listViews/viewColumns';

export const COMPLAINT_COLUMNS = ['title', 'customer_id', 'received_at', 'category', 'severity', 'status', 'department', 'handler_id'] as const;
const SLA_FILTERS = ['attention', 'due_soon', 'breached'] as const;

/**
 * The complaint list: the generic columns plus the SLA chip, rows that need someone now tinted (red breached,
 * amber due soon), and a quick filter for those (the server's `sla` filter, counted in working time).
 */
export function ComplaintList() {
  const resource = useResourceMeta(useResourceContext() ?? 'complaints');
  const translate = useTranslate();
  const bulk = useBulkTableProps(resource.name);
  const isSmall = useMediaQuery((theme: Theme) => theme.breakpoints.down('sm'));
  const searchPlaceholder = useSearchPlaceholder(resource);
  const { data: clock } = useSlaClock();
  const cols = listColumns(resource, COMPLAINT_COLUMNS);
  const filters = useMemo(() => [
    ...filtersFor(resource, { searchPlaceholder, alwaysOn: ['status'] }),
    <SelectInput key="sla" source="sla" alwaysOn label="crm.complaints.sla.filter"
      choices={SLA_FILTERS.map((id) => ({ id, name: translate(`crm.complaints.sla.filter_choices.${id}`) }))} />,
  ], [resource, searchPlaceholder, translate]);
  const rowSx = (record: RaRecord) => {
    if (!clock) return {};
    const { state } = slaState(record, new Date(clock.now), new Date(clock.due_soon_until));
    return state === 'breached' || state === 'due_soon' ? { backgroundColor: SLA_ROW_BG[state] } : {};
  };
  const [field, order] = resource.defaultSort;
  const sort = useMemo(() => ({ field, order }), [field, order]);
  const view = useListViewState({ resource, defaults: cols, defaultSort: sort });
  return (
    <ListViewProvider value={view}>
    <List filters={filters} sort={sort} perPage={25} actions={<GenericListActions><EscalateButton /></GenericListActions>} exporter={false}>
      {isSmall ? (
        <SimpleList
          primaryText={fieldFor('title', resource.fields.title)}
          secondaryText={
            <Stack direction="row" spacing={1} component="span" sx={{ alignItems: 'center', flexWrap: 'wrap' }}>
              <SlaChip />
              {fieldFor('status', resource.fields.status)}
              {fieldFor('received_at', resource.fields.received_at)}
            </Stack>
          }
          rowSx={rowSx}
          rowClick="show"
        />
      ) : (
        <DataTable rowClick="show" rowSx={rowSx} size={view.density === 'compact' ? 'small' : 'medium'} {...bulk}>
          {viewColumns(view.visible, resource)}
          <DataTable.Col label="crm.complaints.sla.column" disableSort>
            <SlaChip />
          </DataTable.Col>
        </DataTable>
      )}
    </List>
    </ListViewProvider>
  );
}
