import { Box, ButtonBase, Typography } from '@mui/material';
import CheckCircleIcon from '@mui/icons-material/CheckCircle';
import { useTranslate } from 'react-admin';
import { ChangeValue } from '../../resources/audit_log/ChangeValue';
import { useFieldLabel } from '../../resources/audit_log/useFieldLabel';
import type { Choice, Review } from './duplicatesApi';

export interface FieldChoiceRowProps {
  field: Review['fields'][number];
  choice: Choice;
  onChoose: (choice: Choice) => void;
  disabled: boolean;
}

function Option({ selected, onClick, disabled, children, label }: { selected: boolean; onClick: () => void; disabled: boolean; children: React.ReactNode; label: string }) {
  return (
    <ButtonBase
      onClick={onClick}
      disabled={disabled}
      aria-pressed={selected}
      aria-label={label}
      sx={{
        flex: 1, minWidth: 0, justifyContent: 'flex-start', textAlign: 'left', gap: 1, p: 1, borderRadius: 1, border: 1,
        borderColor: selected ? 'primary.main' : 'divider', bgcolor: selected ? 'action.selected' : 'transparent',
      }}
    >
      <CheckCircleIcon fontSize="small" color={selected ? 'primary' : 'disabled'} sx={{ flexShrink: 0 }} />
      <Box sx={{ minWidth: 0, overflowWrap: 'anywhere' }}>{children}</Box>
    </ButtonBase>
  );
}

/**
 * One field of the two records: its label, then the kept and the merged-in value as two choices (and "both" for
 * tags and long texts). A field whose values differ is marked; one whose values agree shows the value once.
 */
export function FieldChoiceRow({ field, choice, onChoose, disabled }: FieldChoiceRowProps) {
  const translate = useTranslate();
  const label = useFieldLabel('customers')(field.field);
  return (
    <Box
      data-field={field.field}
      sx={{
        display: 'grid', gridTemplateColumns: { xs: '1fr', md: '10rem 1fr 1fr auto' }, gap: 1, alignItems: 'stretch', py: 1,
        borderTop: 1, borderColor: 'divider', ...(field.differ ? { borderLeft: 3, borderLeftColor: 'warning.main', pl: 1 } : {}),
      }}
    >
      <Typography variant="body2" sx={{ fontWeight: 600, alignSelf: 'center' }}>{label}</Typography>
      {field.differ ? (
        <>
          <Option selected={choice === 'keep'} onClick={() => onChoose('keep')} disabled={disabled} label={`${label}: ${translate('crm.duplicates.review.keep')}`}>
            <ChangeValue resource="customers" field={field.field} value={field.keep} />
          </Option>
          <Option selected={choice === 'remove'} onClick={() => onChoose('remove')} disabled={disabled} label={`${label}: ${translate('crm.duplicates.review.remove')}`}>
            <ChangeValue resource="customers" field={field.field} value={field.remove} />
          </Option>
          {field.options.includes('both') ? (
            <Option selected={choice === 'both'} onClick={() => onChoose('both')} disabled={disabled} label={`${label}: ${translate('crm.duplicates.review.both')}`}>
              <Typography variant="body2">{translate('crm.duplicates.review.both')}</Typography>
            </Option>
          ) : <Box sx={{ display: { xs: 'none', md: 'block' } }} />}
        </>
      ) : (
        <Box sx={{ gridColumn: { md: '2 / span 3' }, p: 1 }}>
          <ChangeValue resource="customers" field={field.field} value={field.keep} />
        </Box>
      )}
    </Box>
  );
}
