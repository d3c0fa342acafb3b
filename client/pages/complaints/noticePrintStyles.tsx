import { GlobalStyles } from '@mui/material';
import { PRINT_WITHOUT_CHROME } from '../../layout/printChrome';

/** On paper only the notice prints, black on white, one A4 page: the app bar, the menu and the buttons go. */
export const noticePrintStyles = (
  <GlobalStyles
    styles={{
      '.crm-notice table': { borderCollapse: 'collapse', width: '100%' },
      '.crm-notice th, .crm-notice td': { border: '1px solid #555', padding: '8px 10px', verticalAlign: 'top', textAlign: 'left', fontSize: '0.95rem' },
      '.crm-notice th': { width: '22%', whiteSpace: 'nowrap', background: 'rgba(0,0,0,0.04)', fontWeight: 600 },
      '@media print': {
        ...PRINT_WITHOUT_CHROME,
        '.crm-notice': { color: '#000', maxWidth: 'none !important', padding: '0 !important' },
        '.crm-notice th': { background: 'none' },
        '.crm-notice table, .crm-notice tr': { breakInside: 'avoid' },
        '@page': { size: 'A4', margin: '15mm' },
      },
    }}
  />
);
