import { Alert, useMediaQuery, type Theme } from '@mui/material';
import {
  CreateButton, DataTable, FilterButton, List, NullableBooleanInput, SimpleList, TopToolbar, useLocaleState, useTranslate,
} from 'react-admin';
import { EnumInput } from '../../inputs/EnumInput';
import { EnumField } from '../../fields/EnumField';
import { BooleanIconField } from '../../fields/BooleanIconField';
import { FieldLabel } from './FieldLabel';
import { FieldSource } from './FieldSource';
import { FieldStatus } from './FieldStatus';

const filters = [
  <EnumInput key="resource" source="resource" list="custom_resource" alwaysOn />,
  <EnumInput key="type" source="type" list="custom_kind" />,
  <NullableBooleanInput key="retired" source="retired" />,
];

function Actions() {
  return (
    <TopToolbar>
      <FilterButton />
      <CreateButton />
    </TopToolbar>
  );
}

/** Settings → custom fields: every field the admin added, by record and order, with its kind and state. */
export function CustomFieldList() {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const isSmall = useMediaQuery((theme: Theme) => theme.breakpoints.down('sm'));
  return (
    <List filters={filters} sort={{ field: 'sort_order', order: 'ASC' }} perPage={50} exporter={false} actions={<Actions />}>
      <Alert severity="info" sx={{ mx: 2, my: 1 }}>{translate('crm.custom_fields.intro')}</Alert>
      {isSmall ? (
        <SimpleList
          linkType="edit"
          primaryText={(r) => String(locale === 'en' ? r.label_en : r.label_zh)}
          secondaryText={(r) => `${translate(`enums.custom_resource.${String(r.resource)}`)} · ${translate(`enums.custom_kind.${String(r.type)}`)}`}
          tertiaryText={(r) => String(r.key)}
        />
      ) : (
        <DataTable rowClick="edit" bulkActionButtons={false}>
          <DataTable.Col source={locale === 'en' ? 'label_en' : 'label_zh'} label="crm.custom_fields.columns.name">
            <FieldLabel />
          </DataTable.Col>
          <DataTable.Col source="resource">
            <EnumField source="resource" list="custom_resource" />
          </DataTable.Col>
          <DataTable.Col source="type">
            <EnumField source="type" list="custom_kind" />
          </DataTable.Col>
          <DataTable.Col source="lookup" disableSort label="crm.custom_fields.columns.source">
            <FieldSource />
          </DataTable.Col>
          <DataTable.Col source="required" disableSort>
            <BooleanIconField source="required" />
          </DataTable.Col>
          <DataTable.Col source="retired" disableSort label="crm.custom_fields.columns.status">
            <FieldStatus />
          </DataTable.Col>
          <DataTable.Col source="sort_order" align="right" />
        </DataTable>
      )}
    </List>
  );
}
