import { Chip } from '@mui/material';
import { useRecordContext, useTranslate } from 'react-admin';
import { canReverseOrDecide, isReversible, type LedgerEntry } from './pointsRules';
import { ReverseEntryButton } from './ReverseEntryButton';
import { useReversedIds } from './useReversedIds';
import { useRole } from './useRole';

/** A ledger row's last cell: "已冲正" when reversed, else the Reverse button for managers on entries that allow it. */
export function LedgerEntryActions({ customerId }: { customerId: number }) {
  const entry = useRecordContext<LedgerEntry>();
  const reversed = useReversedIds(customerId);
  const role = useRole();
  const translate = useTranslate();
  if (!entry) return null;
  if (reversed.has(entry.id)) return <Chip size="small" variant="outlined" label={translate('crm.points.ledger.reversed')} />;
  if (!canReverseOrDecide(role) || !isReversible(entry, reversed)) return null;
  return <ReverseEntryButton />;
}
