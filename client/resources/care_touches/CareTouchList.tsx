import { useMemo } from 'react';
import { useMediaQuery, type Theme } from '@mui/material';
import { DataTable, List, ReferenceField, SimpleList, useTranslate } from 'react-admin';
import { useResourceMeta } from '../../meta/MetaContext';
import { useBulkRights } from '../../bulk/useBulkRights';
import { fieldFor } from '../generic/fieldFor';
import { filtersFor } from '../generic/filtersFor';
import { GenericListActions } from '../generic/GenericListActions';
import { useSearchPlaceholder } from '../generic/useSearchPlaceholder';
import { GenerateButton } from './GenerateButton';
import { MessagePreviewField } from './MessagePreviewField';
import { SendOneButton } from './SendOneButton';
import { SendTouchesButton } from './SendTouchesButton';
import { TouchStatusChip } from './TouchStatusChip';

const COLUMNS = ['customer_id', 'touch_type', 'holiday', 'channel'] as const;

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
  return (
    <List
      filters={filters}
      sort={{ field: 'scheduled_date', order: 'ASC' }}
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
        <DataTable rowClick="show" bulkActionButtons={canBulkUpdate ? <SendTouchesButton /> : false} sx={{ '& .MuiTableCell-head': { whiteSpace: 'nowrap' } }}>
          <DataTable.Col source="scheduled_date">{field('scheduled_date')}</DataTable.Col>
          {COLUMNS.map((name) => (
            <DataTable.Col key={name} source={name} disableSort={!resource.fields[name].sortable}>{field(name)}</DataTable.Col>
          ))}
          <DataTable.Col source="status"><TouchStatusChip /></DataTable.Col>
          <DataTable.Col label={translate('crm.greetings.message')} disableSort><MessagePreviewField /></DataTable.Col>
          <DataTable.Col source="sent_date">{field('sent_date')}</DataTable.Col>
        </DataTable>
      )}
    </List>
  );
}
