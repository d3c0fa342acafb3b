import { Box } from '@mui/material';
import { useTranslate } from 'react-admin';
import { clockTime } from '../checkin/roster';
import type { Invitee } from './invitationRows';

const cell = { border: '1px solid #999', padding: '4px 6px', textAlign: 'left' as const, verticalAlign: 'middle' as const };
const head = { ...cell, whiteSpace: 'nowrap' as const, background: '#f1f3f4' };

export interface InvitationTableProps {
  invitees: readonly Invitee[];
  tiers: Map<number, string>;
  staff: Map<number, string>;
}

/** The invitation list as a plain bordered table that prints as it looks (phones as the API gives them, masked where it must be). */
export function InvitationTable({ invitees, tiers, staff }: InvitationTableProps) {
  const translate = useTranslate();
  const col = (key: string) => translate(`crm.invitations.columns.${key}`);
  const mark = (on: boolean) => (on ? '✓' : '');
  return (
    <Box component="table" data-testid="invitation-table" sx={{ width: '100%', borderCollapse: 'collapse', fontSize: '0.875rem', '& tr': { breakInside: 'avoid' }, '& thead': { display: 'table-header-group' } }}>
      <thead>
        <tr>
          {['index', 'name', 'phone', 'tier', 'consultant', 'channel', 'rsvp', 'waitlisted', 'signed_in'].map((key) => (
            <th key={key} style={head}>{col(key)}</th>
          ))}
        </tr>
      </thead>
      <tbody>
        {invitees.map(({ participant: p, customer: c }, i) => (
          <tr key={p.id}>
            <td style={{ ...cell, textAlign: 'right', width: '3em' }}>{i + 1}</td>
            <td style={{ ...cell, fontWeight: 500 }}>{c?.name ?? `#${p.customer_id}`}{p.walk_in ? `（${translate('crm.invitations.walk_in')}）` : ''}</td>
            <td style={{ ...cell, fontVariantNumeric: 'tabular-nums', whiteSpace: 'nowrap' }}>{c?.phone ?? ''}</td>
            <td style={cell}>{c?.tier_id != null ? (tiers.get(c.tier_id) ?? '') : ''}</td>
            <td style={cell}>{c?.owner_id != null ? (staff.get(c.owner_id) ?? '') : ''}</td>
            <td style={cell}>{p.invite_channel ? translate(`enums.touch_channel.${p.invite_channel}`, { _: p.invite_channel }) : ''}</td>
            <td style={cell}>{translate(`enums.rsvp.${p.rsvp}`, { _: p.rsvp })}</td>
            <td style={{ ...cell, textAlign: 'center' }}>{mark(p.waitlisted)}</td>
            <td style={{ ...cell, whiteSpace: 'nowrap' }}>{p.attended ? `✓ ${clockTime(p.checked_in_at)}` : ''}</td>
          </tr>
        ))}
      </tbody>
    </Box>
  );
}
