import { useMemo } from 'react';
import { useMediaQuery, type Theme } from '@mui/material';
import { DataTable, List, ReferenceField, SimpleList, useTranslate } from 'react-admin';
import { useResourceMeta } from '../../meta/MetaContext';
import { fieldFor } from '../generic/fieldFor';
import { filtersFor } from '../generic/filtersFor';
import { GenericListActions } from '../generic/GenericListActions';
import { useSearchPlaceholder } from '../generic/useSearchPlaceholder';
import { DaysSinceField } from './DaysSinceField';
import { DetectButton } from './DetectButton';
import { ReasonChip } from './ReasonChip';
import { RecordOutcomeButton } from './RecordOutcomeButton';

const COLUMNS = ['customer_id', 'detail', 'owner_id', 'status', 'outcome', 'detected_on'] as const;

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
  return (
    <List
      filters={filters}
      sort={{ field: 'detected_on', order: 'DESC' }}
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
        <DataTable rowClick="show" sx={{ "& .MuiTableCell-head": { whiteSpace: "nowrap" } }}>
          <DataTable.Col source="customer_id">{field('customer_id')}</DataTable.Col>
          <DataTable.Col source="reason"><ReasonChip /></DataTable.Col>
          {COLUMNS.slice(1).map((name) => (
            <DataTable.Col key={name} source={name} disableSort={!resource.fields[name].sortable}>{field(name)}</DataTable.Col>
          ))}
          <DataTable.Col label={translate('crm.churn.waiting')} disableSort><DaysSinceField /></DataTable.Col>
          <DataTable.Col disableSort><RecordOutcomeButton /></DataTable.Col>
        </DataTable>
      )}
    </List>
  );
}
