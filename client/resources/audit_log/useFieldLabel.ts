import { useTranslate } from 'react-admin';

/**
 * The label of a changed field: the record's own (`resources.<r>.fields.<f>`), else one of the audit trail's
 * pseudo-fields (an API token), else the field's name.
 */
export function useFieldLabel(resource: string): (field: string) => string {
  const translate = useTranslate();
  return (field: string) =>
    translate(`resources.${resource}.fields.${field}`, { _: translate(`crm.audit.pseudo_fields.${field}`, { _: field }) });
}
