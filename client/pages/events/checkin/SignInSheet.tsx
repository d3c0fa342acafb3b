import { useEffect } from 'react';
import { createPortal } from 'react-dom';
import { Box, Button, GlobalStyles, Stack, Typography } from '@mui/material';
import PrintIcon from '@mui/icons-material/Print';
import { useLocale, useTranslate, type RaRecord } from 'react-admin';
import { eventWhen } from './eventTime';
import type { RosterEntry } from './roster';
import { sheetRows } from './sheetRows';

const SHEET = 'crm-sign-in-sheet';

/** On paper only the sheet prints: the app behind it is hidden, the sheet flows over as many A4 pages as it needs. */
const printStyles = (
  <GlobalStyles
    styles={{
      '@media print': {
        [`body > *:not(.${SHEET})`]: { display: 'none !important' },
        [`.${SHEET}`]: { position: 'static !important', overflow: 'visible !important', height: 'auto !important' },
        [`.${SHEET} .no-print`]: { display: 'none !important' },
        '@page': { size: 'A4', margin: '12mm' },
      },
    }}
  />
);

const cell = { border: '1px solid #000', padding: '6px 8px', textAlign: 'left' as const, verticalAlign: 'middle' as const };
const head = { ...cell, whiteSpace: 'nowrap' as const };

export interface SignInSheetProps {
  event: RaRecord;
  entries: readonly RosterEntry[];
  onClose: () => void;
}

/** The paper sign-in sheet for the door: name, phone as the API gives it (masked where it must be), a signature column. */
export function SignInSheet({ event, entries, onClose }: SignInSheetProps) {
  const translate = useTranslate();
  const locale = useLocale();
  const rows = sheetRows(entries);
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => e.key === 'Escape' && onClose();
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [onClose]);
  return createPortal(
    <Box className={SHEET} role="dialog" aria-label={translate('crm.events.checkin.sheet.title')}
      sx={{ position: 'fixed', inset: 0, zIndex: 1500, overflow: 'auto', bgcolor: '#fff', color: '#000', p: { xs: 2, sm: 4 } }}>
      {printStyles}
      <Stack className="no-print" direction="row" spacing={1} sx={{ justifyContent: 'flex-end', mb: 2 }}>
        <Button onClick={onClose}>{translate('crm.events.checkin.sheet.close')}</Button>
        <Button variant="contained" startIcon={<PrintIcon />} onClick={() => window.print()}>
          {translate('crm.events.checkin.sheet.print')}
        </Button>
      </Stack>
      <Box sx={{ maxWidth: 900, mx: 'auto' }}>
        <Typography component="h1" sx={{ fontSize: '1.4rem', fontWeight: 700, textAlign: 'center' }}>
          {String(event.title ?? '')} · {translate('crm.events.checkin.sheet.title')}
        </Typography>
        <Typography sx={{ textAlign: 'center', fontSize: '0.9rem', mb: 2 }}>
          {[eventWhen(event.start_at, event.end_at, locale), event.place ? String(event.place) : '', translate('crm.events.checkin.sheet.total', { smart_count: rows.length })]
            .filter(Boolean)
            .join('　')}
        </Typography>
        <Box component="table" sx={{ width: '100%', borderCollapse: 'collapse', fontSize: '0.95rem', '& tr': { breakInside: 'avoid' } }}>
          <thead>
            <tr>
              <th style={{ ...head, width: '3em' }}>{translate('crm.events.checkin.sheet.index')}</th>
              <th style={{ ...head, width: '22%' }}>{translate('crm.events.checkin.sheet.name')}</th>
              <th style={{ ...head, width: '20%' }}>{translate('crm.events.checkin.sheet.phone')}</th>
              <th style={{ ...head, width: '18%' }}>{translate('crm.events.checkin.sheet.note')}</th>
              <th style={head}>{translate('crm.events.checkin.sheet.signature')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row, i) => (
              <tr key={row.key} style={{ height: 40 }}>
                <td style={{ ...cell, textAlign: 'right' }}>{i + 1}</td>
                <td style={cell}>{row.name}</td>
                <td style={{ ...cell, fontVariantNumeric: 'tabular-nums', whiteSpace: 'nowrap' }}>{row.phone}</td>
                <td style={{ ...cell, fontSize: '0.85rem' }}>{row.note ? translate(row.note.message, row.note.args) : ''}</td>
                <td style={cell} />
              </tr>
            ))}
          </tbody>
        </Box>
      </Box>
    </Box>,
    document.body,
  );
}
