import { alpha, createTheme, type PaletteOptions, type Theme } from '@mui/material';
import type { RaThemeOptions } from 'react-admin';

/**
 * Our own theme: calm teal on a cool grey, dense enough for a day of data work, and a font stack that
 * reads well in Simplified Chinese (Latin digits from the system UI font, Han characters from Noto / PingFang / YaHei).
 */
export const FONT_STACK = [
  '-apple-system',
  'BlinkMacSystemFont',
  '"Segoe UI"',
  'Roboto',
  '"Helvetica Neue"',
  '"Noto Sans CJK SC"',
  '"Noto Sans SC"',
  '"PingFang SC"',
  '"Hiragino Sans GB"',
  '"Microsoft YaHei"',
  '"Source Han Sans SC"',
  'sans-serif',
].join(', ');

const lightPalette: PaletteOptions = {
  mode: 'light',
  primary: { main: '#0f6b68', light: '#3f8f8b', dark: '#0a4a48', contrastText: '#ffffff' },
  secondary: { main: '#b4532a', contrastText: '#ffffff' },
  background: { default: '#f4f6f7', paper: '#ffffff' },
  text: { primary: '#1d2a2e', secondary: '#5b6a70' },
  divider: '#e1e6e8',
  contrastThreshold: 4.5,
};

const darkPalette: PaletteOptions = {
  mode: 'dark',
  primary: { main: '#5cc2bb', contrastText: '#0b1f1e' },
  secondary: { main: '#f0a27e' },
  background: { default: '#151b1d', paper: '#1d2528' },
};

function components(theme: Theme): RaThemeOptions['components'] {
  const dark = theme.palette.mode === 'dark';
  return {
    MuiAppBar: { defaultProps: { elevation: 0, color: 'primary' } },
    MuiPaper: { styleOverrides: { rounded: { borderRadius: 10 } } },
    MuiCard: { defaultProps: { variant: 'outlined' } },
    MuiButton: { defaultProps: { size: 'small', disableElevation: true }, styleOverrides: { root: { textTransform: 'none' } } },
    MuiChip: { defaultProps: { size: 'small' } },
    MuiTab: { styleOverrides: { root: { textTransform: 'none', minHeight: 44, fontSize: '0.9rem' } } },
    MuiTabs: { styleOverrides: { root: { minHeight: 44 } } },
    MuiTextField: {
      defaultProps: { variant: 'outlined', margin: 'dense', size: 'small', fullWidth: true },
      variants: [{ props: {}, style: { [theme.breakpoints.down('sm')]: { width: '100%' } } }],
    },
    MuiFormControl: { defaultProps: { variant: 'outlined', margin: 'dense', size: 'small', fullWidth: true } },
    MuiAutocomplete: {
      defaultProps: { fullWidth: true },
      variants: [{ props: {}, style: { [theme.breakpoints.down('sm')]: { width: '100%' } } }],
    },
    MuiTableCell: {
      styleOverrides: {
        root: { paddingTop: 6, paddingBottom: 6, '&.MuiTableCell-paddingCheckbox': { padding: '0 8px' } },
        head: {
          fontWeight: 600,
          color: theme.palette.text.secondary,
          backgroundColor: dark ? theme.palette.background.paper : '#eef2f3',
          lineHeight: 1.3,
        },
      },
    },
    MuiListItemIcon: { styleOverrides: { root: { minWidth: 40 } } },
    RaMenuItemLink: {
      styleOverrides: {
        root: {
          paddingTop: 5,
          paddingBottom: 5,
          borderLeft: '3px solid transparent',
          '&.RaMenuItemLink-active': {
            borderLeftColor: theme.palette.primary.main,
            backgroundColor: alpha(theme.palette.primary.main, dark ? 0.16 : 0.08),
            color: theme.palette.primary.main,
            fontWeight: 600,
            '& .RaMenuItemLink-icon': { color: theme.palette.primary.main },
          },
        },
      },
    },
    // react-admin lets the page grow to its widest content; we keep it to the screen and let tables and tab bars scroll
    RaLayout: { styleOverrides: { root: { minWidth: 0, '& .RaLayout-content': { minWidth: 0 } } } },
    RaList: { styleOverrides: { root: { '& .RaList-main': { minWidth: 0 } } } },
    RaShow: { styleOverrides: { root: { '& .RaShow-main': { minWidth: 0 } } } },
    RaEdit: { styleOverrides: { root: { '& .RaEdit-main': { minWidth: 0 } } } },
    RaCreate: { styleOverrides: { root: { '& .RaCreate-main': { minWidth: 0 } } } },
    RaDataTable: {
      styleOverrides: {
        root: {
          '& .RaDataTable-tableWrapper': { overflowX: 'auto' },
          '& .RaDataTable-rowCell': { whiteSpace: 'nowrap' },
        },
      },
    },
    RaFilterForm: { styleOverrides: { root: { flexWrap: 'wrap' } } },
    RaToolbar: { styleOverrides: { root: { backgroundColor: dark ? '#222c2f' : '#eef2f3' } } },
    RaSimpleFormIterator: { defaultProps: { fullWidth: true } },
  };
}

function build(palette: PaletteOptions): RaThemeOptions {
  const base = createTheme({
    palette,
    typography: {
      fontFamily: FONT_STACK,
      fontSize: 14,
      h6: { fontWeight: 600, fontSize: '1.1rem' },
      subtitle2: { fontWeight: 600 },
      button: { fontWeight: 600 },
    },
    shape: { borderRadius: 8 },
    sidebar: { width: 220, closedWidth: 52 },
  });
  return createTheme(base, { components: components(base) });
}

export const lightTheme = build(lightPalette);
export const darkTheme = build(darkPalette);
