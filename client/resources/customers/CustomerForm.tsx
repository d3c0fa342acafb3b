import { TabbedForm, TabbedFormTabs } from 'react-admin';
import { useProfile } from '../../auth/useProfile';
import { useResourceMeta } from '../../meta/MetaContext';
import { InputGrid } from '../generic/InputGrid';
import { formFields } from '../generic/columns';
import { customerSections, SECTION_NAMES } from './customerSections';
import { customFieldNames } from '../../customFields/customFieldNames';

/**
 * The customer form in the same sections as the profile, and a tab for the fields an admin added; fields the server maintains (points balance,
 * last visit) are left out. The record's `version` stays in the form values and goes back with the save.
 * A consultant limited to their own customers does not pick an owner: the server makes a new customer theirs.
 */
export function CustomerForm({ defaultValues }: { defaultValues?: Record<string, unknown> }) {
  const meta = useResourceMeta('customers');
  const ownOnly = useProfile()?.scope === 'own_customers';
  const editable = new Set(formFields(meta).filter((name) => !(ownOnly && name === 'owner_id')));
  // the fields an admin added (settings → custom fields), in their own tab
  const custom = customFieldNames(meta).filter((name) => editable.has(name));
  return (
    <TabbedForm defaultValues={defaultValues} tabs={<TabbedFormTabs variant="scrollable" scrollButtons="auto" allowScrollButtonsMobile />}>
      {SECTION_NAMES.map((section) => (
        <TabbedForm.Tab key={section} label={`crm.customers.sections.${section}`} path={section === 'basic' ? undefined : section}>
          <InputGrid resource={meta} names={customerSections[section].filter((name) => editable.has(name))} />
        </TabbedForm.Tab>
      ))}
      {custom.length > 0 && (
        <TabbedForm.Tab label="crm.customers.sections.custom" path="custom">
          <InputGrid resource={meta} names={custom} />
        </TabbedForm.Tab>
      )}
    </TabbedForm>
  );
}
