import { useState } from 'react';
import { Collapse, IconButton, TableCell, TableRow, Typography } from '@mui/material';
import KeyboardArrowDownIcon from '@mui/icons-material/KeyboardArrowDown';
import KeyboardArrowUpIcon from '@mui/icons-material/KeyboardArrowUp';
import { useLocaleState, useTranslate } from 'react-admin';
import type { RulesVersion } from '../../loyalty/loyaltyApi';
import { formatDateTime, formatInteger } from '../../i18n/formats';
import { tierName } from './tierNames';

/** One saved version; opened, the ladder and the main rules it set. */
export function VersionRow({ version }: { version: RulesVersion }) {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const [open, setOpen] = useState(false);
  const ladder = [...version.tiers]
    .filter((t) => t.active)
    .sort((a, b) => b.rank - a.rank)
    .map((t) => `${tierName(t, locale)} ${formatInteger(t.threshold_points)}`)
    .join(' · ');
  const { rules } = version;
  return (
    <>
      <TableRow hover onClick={() => setOpen((x) => !x)} sx={{ cursor: 'pointer', '& > td': { borderBottom: open ? 'none' : undefined } }}>
        <TableCell padding="checkbox">
          <IconButton size="small" aria-label={translate('crm.tiers.versions.details')} aria-expanded={open}>
            {open ? <KeyboardArrowUpIcon fontSize="small" /> : <KeyboardArrowDownIcon fontSize="small" />}
          </IconButton>
        </TableCell>
        <TableCell sx={{ fontWeight: 600 }}>{`v${version.version}`}</TableCell>
        <TableCell sx={{ whiteSpace: 'nowrap' }}>{formatDateTime(version.saved_at, locale)}</TableCell>
        <TableCell sx={{ whiteSpace: 'nowrap' }}>{version.saved_by ?? '—'}</TableCell>
        <TableCell sx={{ minWidth: 120 }}>{version.note ?? ''}</TableCell>
      </TableRow>
      <TableRow>
        <TableCell colSpan={5} sx={{ py: 0 }}>
          <Collapse in={open} unmountOnExit>
            <Typography variant="body2" sx={{ py: 1 }}>
              {ladder}
            </Typography>
            <Typography variant="body2" color="text.secondary" sx={{ pb: 1 }}>
              {[
                translate(`crm.tiers.rules.bases_long.${rules.basis}`, { months: rules.window_months }),
                translate(`crm.tiers.rules.downgrades_long.${rules.downgrade}`, { days: rules.grace_days }),
                translate('crm.tiers.versions.expiry', { months: rules.expiry_months }),
              ].join(translate('crm.tiers.versions.separator'))}
            </Typography>
          </Collapse>
        </TableCell>
      </TableRow>
    </>
  );
}
