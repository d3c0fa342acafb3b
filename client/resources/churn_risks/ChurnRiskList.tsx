import { useMemo } from 'react';
import { useMediaQuery, type Theme } from '@mui/material';
import { DataTable, List, ReferenceField, SimpleList, useTranslate } from 'react-admin';
import { useResourceMeta } from '../../meta/MetaContext';
import { fieldFor } from '../generic/fieldFor';
import { filtersFor } from '../generic/filtersFor';
import { GenericListActions } from '../generic/GenericListActions';
import { ListViewProvider, useListViewState } from '../../listViews/ListViewContext';
import { viewColumns, type CellSpec } from '../../listViews/viewColumns';
import { useSearchPlaceholder } from '../generic/useSearchPlaceholder';
import { DaysSinceField } from './DaysSinceField';
import { DetectButton } from './DetectButton';
import { ReasonChip } from './ReasonChip';
import { RecordOutcomeButton } from './RecordOutcomeButton';

const COLUMNS = ['customer_id', 'detail', 'owner_id', 'status', 'outcome', 'detected_on'] as const;
/** The list's columns when no view says otherwise: the customer, the reason, then the rest. */
const DEFAULTS = [COLUMNS[0], 'reason', ...COLUMNS.slice(1)];
const SORT = { field: 'detected_on', order: 'DESC' as const };
const CELLS: Record<string, CellSpec> = { reason: { children: <ReasonChip /> } };

/**
 * 流失预警: who may leave and why (a chip per reason), whose they are to win back, how long the risk has waited,
 * and a quick "record outcome" per row (closed ones have none); managers can run the sweep now.
 */
export function ChurnRiskList() {
  const resource = useResourceMeta('churn_risks');
  const translate = useTranslate();
  const isSmall = useMediaQuery((theme: Theme) => theme.breakpoints.down('sm'));
  const searchPlaceholder = useSearchPlaceholder(resource);
  const filters = useMemo(() => filtersFor(resource, { searchPlaceholder, alwaysOn: ['status', 'reason'] }), [resource, searchPlaceholder]);
  const field = (name: string) => fieldFor(name, resource.fields[name]);
  const view = useListViewState({ resource, defaults: DEFAULTS, defaultSort: SORT });
  return (
    <ListViewProvider value={view}>
    <List
      filters={filters}
      sort={SORT}
      perPage={25}
      actions={<GenericListActions><DetectButton /></GenericListActions>}
      exporter={false}
    >
      {isSmall ? (
        <SimpleList
          primaryText={<ReferenceField source="customer_id" reference="customers" link={false} />}
          secondaryText={<><ReasonChip /> {field('detail')}</>}
          tertiaryText={<DaysSinceField />}
          linkType="show"
        />
      ) : (
        <DataTable rowClick="show" size={view.density === 'compact' ? 'small' : 'medium'} sx={{ "& .MuiTableCell-head": { whiteSpace: "nowrap" } }}>
          {viewColumns(view.visible, resource, CELLS)}
          <DataTable.Col label={translate('crm.churn.waiting')} disableSort><DaysSinceField /></DataTable.Col>
          <DataTable.Col disableSort><RecordOutcomeButton /></DataTable.Col>
        </DataTable>
      )}
    </List>
    </ListViewProvider>
  );
}
