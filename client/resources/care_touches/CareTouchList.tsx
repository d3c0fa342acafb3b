import { useMemo } from 'react';
import { useMediaQuery, type Theme } from '@mui/material';
import { DataTable, List, ReferenceField, SimpleList, useTranslate } from 'react-admin';
import { useResourceMeta } from '../../meta/MetaContext';
import { useBulkRights } from '../../bulk/useBulkRights';
import { fieldFor } from '../generic/fieldFor';
import { filtersFor } from '../generic/filtersFor';
import { GenericListActions } from '../generic/GenericListActions';
import { ListViewProvider, useListViewState } from '../../listViews/ListViewContext';
import { viewColumns, type CellSpec } from '../../listViews/viewColumns';
import { useSearchPlaceholder } from '../generic/useSearchPlaceholder';
import { GenerateButton } from './GenerateButton';
import { MessagePreviewField } from './MessagePreviewField';
import { SendOneButton } from './SendOneButton';
import { SendTouchesButton } from './SendTouchesButton';
import { TouchStatusChip } from './TouchStatusChip';

const COLUMNS = ['customer_id', 'touch_type', 'holiday', 'channel'] as const;
/** The list's columns when no view says otherwise. */
const DEFAULTS = ['scheduled_date', ...COLUMNS, 'status', 'sent_date'];
const SORT = { field: 'scheduled_date', order: 'ASC' as const };
const CELLS: Record<string, CellSpec> = { status: { children: <TouchStatusChip /> } };

/**
 * 关怀问候: the greetings and other touches by day, their status as a chip and the message at a glance; the CS
 * team ticks rows and sends them (the outbox by default), managers prepare the coming days' greetings now.
 */
export function CareTouchList() {
  const resource = useResourceMeta('care_touches');
  const translate = useTranslate();
  const { canBulkUpdate } = useBulkRights('care_touches');
  const isSmall = useMediaQuery((theme: Theme) => theme.breakpoints.down('sm'));
  const searchPlaceholder = useSearchPlaceholder(resource);
  const filters = useMemo(() => filtersFor(resource, { searchPlaceholder, alwaysOn: ['status', 'touch_type'] }), [resource, searchPlaceholder]);
  const field = (name: string) => fieldFor(name, resource.fields[name]);
  const view = useListViewState({ resource, defaults: DEFAULTS, defaultSort: SORT });
  return (
    <ListViewProvider value={view}>
    <List
      filters={filters}
      sort={SORT}
      filterDefaultValues={{ status: 'scheduled' }}
      perPage={25}
      actions={<GenericListActions><GenerateButton /></GenericListActions>}
      exporter={false}
    >
      {isSmall ? (
        <SimpleList
          primaryText={<ReferenceField source="customer_id" reference="customers" link={false} />}
          secondaryText={<>{field('scheduled_date')} · {field('touch_type')} · {field('channel')} <TouchStatusChip /></>}
          tertiaryText={<><MessagePreviewField />{canBulkUpdate && <SendOneButton />}</>}
          linkType="show"
        />
      ) : (
        <DataTable rowClick="show" size={view.density === 'compact' ? 'small' : 'medium'} bulkActionButtons={canBulkUpdate ? <SendTouchesButton /> : false} sx={{ '& .MuiTableCell-head': { whiteSpace: 'nowrap' } }}>
          {viewColumns(view.visible, resource, CELLS)}
          <DataTable.Col label={translate('crm.greetings.message')} disableSort><MessagePreviewField /></DataTable.Col>
        </DataTable>
      )}
    </List>
    </ListViewProvider>
  );
}
