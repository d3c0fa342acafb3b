import { FormControl, FormControlLabel, FormLabel, Radio, RadioGroup, Typography } from '@mui/material';
import { useTranslate } from 'react-admin';
import { DUPLICATE_POLICIES, type DuplicatePolicy } from './importApi';
import { useCount } from './useCount';
import type { ImportWizard } from './useImportWizard';

/** Skip, update or create when a row's duplicate key (a customer's phone) names an existing record; each choice is checked again. */
export function DuplicatePolicyChoice({ resource, field, wizard }: { resource: string; field: string; wizard: ImportWizard }) {
  const translate = useTranslate();
  const count = useCount();
  const { duplicates, report, busy } = wizard.state;
  return (
    <FormControl sx={{ mb: 2, display: 'block' }}>
      <FormLabel id="import-duplicates">
        {translate('crm.import.review.policy', { field: translate(`resources.${resource}.fields.${field}`) })}
      </FormLabel>
      <RadioGroup
        row
        aria-labelledby="import-duplicates"
        value={duplicates}
        onChange={(event) => wizard.setDuplicates(event.target.value as DuplicatePolicy)}
      >
        {DUPLICATE_POLICIES.map((policy) => (
          <FormControlLabel
            key={policy}
            value={policy}
            disabled={busy !== null}
            control={<Radio size="small" />}
            label={translate(`crm.import.review.policies.${policy}`)}
          />
        ))}
      </RadioGroup>
      {report && (
        <Typography variant="body2" color="text.secondary">
          {translate('crm.import.review.plan', { created: count(report.created), updated: count(report.updated), skipped: count(report.skipped) })}
        </Typography>
      )}
    </FormControl>
  );
}
