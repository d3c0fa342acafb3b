import { GlobalStyles } from '@mui/material';

/**
 * On paper only the list prints: the app bar, the menu and every button go, the content takes the whole A4 width.
 * Rows and cards never break across pages (their own styles say so).
 */
export const invitationPrintStyles = (
  <GlobalStyles
    styles={{
      '@media print': {
        'header, .MuiAppBar-root, .RaSidebar-root, .MuiDrawer-root, .no-print, .RaLayout-appFrame > .MuiToolbar-root': { display: 'none !important' },
        'body, .RaLayout-root, .RaLayout-appFrame, .RaLayout-contentWithSidebar, .RaLayout-content': {
          background: '#fff !important', margin: '0 !important', padding: '0 !important', marginTop: '0 !important', minHeight: '0 !important',
        },
        '.crm-invitations': { color: '#000' },
        '@page': { size: 'A4', margin: '12mm' },
      },
    }}
  />
);
