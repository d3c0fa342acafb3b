import { GlobalStyles } from '@mui/material';

/**
 * On paper a report takes the A4 page's whole width: the app bar and the menu go, the content loses its side
 * margins, and charts and cards are not split across pages.
 */
export const reportPrintStyles = (
  <GlobalStyles
    styles={{
      '@media print': {
        'header, .MuiAppBar-root, .RaSidebar-root, .MuiDrawer-root, .RaLayout-appFrame > .MuiToolbar-root': { display: 'none !important' },
        'body, .RaLayout-root, .RaLayout-appFrame, .RaLayout-contentWithSidebar, .RaLayout-content': {
          background: '#fff !important', margin: '0 !important', padding: '0 !important', marginTop: '0 !important', minHeight: '0 !important',
        },
        '.MuiCard-root, .MuiPaper-root, svg': { breakInside: 'avoid' },
        '@page': { size: 'A4', margin: '12mm' },
      },
    }}
  />
);
