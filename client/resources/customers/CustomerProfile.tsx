import { Box, Divider, Typography } from '@mui/material';
import { useTranslate } from 'react-admin';
import { useResourceMeta } from '../../meta/MetaContext';
import { FieldGrid } from '../generic/FieldGrid';
import { customerSections, SECTION_NAMES } from './customerSections';
import { customFieldNames } from '../../customFields/customFieldNames';

/** Every field of the customer, grouped: basic information, contact, classification, business customer, and the fields an admin added. */
export function CustomerProfile() {
  const meta = useResourceMeta('customers');
  const translate = useTranslate();
  const custom = customFieldNames(meta);
  return (
    <Box sx={{ width: '100%' }}>
      {SECTION_NAMES.map((section, i) => (
        <Box key={section} sx={{ mb: 1 }}>
          {i > 0 && <Divider sx={{ mb: 1.5 }} />}
          <Typography variant="subtitle2" color="primary" component="h3">
            {translate(`crm.customers.sections.${section}`)}
          </Typography>
          <FieldGrid resource={meta} names={customerSections[section]} />
        </Box>
      ))}
      {custom.length > 0 && (
        <Box sx={{ mb: 1 }}>
          <Divider sx={{ mb: 1.5 }} />
          <Typography variant="subtitle2" color="primary" component="h3">
            {translate('crm.customers.sections.custom')}
          </Typography>
          <FieldGrid resource={meta} names={custom} />
        </Box>
      )}
      <Divider sx={{ mb: 1.5 }} />
      <FieldGrid resource={meta} names={['created_at', 'updated_at']} />
    </Box>
  );
}
