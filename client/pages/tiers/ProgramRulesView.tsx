import { Box, Typography } from '@mui/material';
import { useTranslate } from 'react-admin';
import { EARN_KEYS, type DraftRules } from './draft';

/** The programme's rules as sentences, for those who may read but not change them. */
export function ProgramRulesView({ rules }: { rules: DraftRules }) {
  const translate = useTranslate();
  const rows: [string, string][] = [
    ['crm.tiers.rules.basis', translate(`crm.tiers.rules.bases_long.${rules.basis}`, { months: rules.window_months })],
    ['crm.tiers.rules.downgrade', translate(`crm.tiers.rules.downgrades_long.${rules.downgrade}`, { days: rules.grace_days })],
    ...EARN_KEYS.map((key): [string, string] => [`crm.tiers.rules.earn.${key}`, translate('crm.tiers.units.points_value', { value: rules.earn[key] })]),
    ['crm.tiers.rules.approval_threshold', translate('crm.tiers.units.points_value', { value: rules.approval_threshold })],
    ['crm.tiers.rules.expiry_months', translate('crm.tiers.units.months_value', { value: rules.expiry_months })],
  ];
  return (
    <Box component="dl" sx={{ display: 'grid', gridTemplateColumns: 'minmax(0, auto) minmax(0, 1fr)', columnGap: 2, rowGap: 1, m: 0 }}>
      {rows.map(([label, value]) => (
        <Box key={label} sx={{ display: 'contents' }}>
          <Typography component="dt" variant="body2" color="text.secondary">
            {translate(label)}
          </Typography>
          <Typography component="dd" variant="body2" sx={{ m: 0 }}>
            {value}
          </Typography>
        </Box>
      ))}
    </Box>
  );
}
