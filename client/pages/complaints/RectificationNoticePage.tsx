import { Link as RouterLink, useParams } from 'react-router-dom';
import { Alert, Box, Button, LinearProgress, Stack, Typography } from '@mui/material';
import ArrowBackIcon from '@mui/icons-material/ArrowBack';
import PrintIcon from '@mui/icons-material/Print';
import { Title, useGetList, useGetOne, useLocale, useTranslate } from 'react-admin';
import { noticePrintStyles } from './noticePrintStyles';
import { PAGE_PATHS } from '../pagePaths';

/**
 * The rectification notice (整改通知单) to the department at fault, printable (#/complaints/<id>/notice): the
 * complaint, what must be put right and by when (the resolve deadline), and lines for both signatures.
 */
export function RectificationNoticePage() {
  const { id } = useParams();
  const complaintId = Number(id);
  const translate = useTranslate();
  const locale = useLocale();
  const { data: c, error } = useGetOne('complaints', { id: complaintId }, { enabled: complaintId > 0 });
  const { data: customer } = useGetOne('customers', { id: c?.customer_id }, { enabled: Boolean(c?.customer_id) });
  const { data: lookups = [] } = useGetList('lookups', { filter: { type: ['department', 'complaint_category'] }, pagination: { page: 1, perPage: 200 } });
  if (error) return <Alert severity="error" sx={{ m: 2 }}>{translate('ra.notification.http_error')}</Alert>;
  if (!c) return <LinearProgress sx={{ m: 2 }} />;
  const lookup = (type: string, code: unknown) => {
    const l = lookups.find((x) => x.type === type && x.code === code);
    return l ? String(locale === 'zh' ? l.label_zh : l.label_en) : String(code ?? '');
  };
  const fmt = (v: unknown) => (v ? new Date(String(v)).toLocaleString(locale === 'zh' ? 'zh-CN' : 'en-GB', { dateStyle: 'long', timeStyle: 'short' }) : '');
  const t = (key: string, args?: Record<string, unknown>) => translate(`crm.complaints.notice.${key}`, args);
  const rows: [string, string][] = [
    [t('to'), lookup('department', c.department)],
    [t('complaint'), String(c.title)],
    [t('customer'), String(customer?.name ?? '')],
    [t('received'), fmt(c.received_at)],
    [t('category'), `${lookup('complaint_category', c.category)} · ${t('severity')}：${translate(`enums.severity.${String(c.severity)}`)}`],
    [t('description'), String(c.description ?? '')],
    [t('requirement'), c.rectification_notice ? String(c.rectification_notice) : t('none')],
    [t('deadline'), c.resolve_due_at ? t('deadline_value', { at: fmt(c.resolve_due_at) }) : t('none')],
  ];
  return (
    <Box className="crm-notice" sx={{ p: { xs: 1, sm: 3 }, maxWidth: 820, mx: 'auto', width: '100%' }}>
      <Title title={`${String(c.title)} · ${t('title')}`} />
      {noticePrintStyles}
      <Stack className="no-print" direction="row" sx={{ gap: 1, mb: 2, flexWrap: 'wrap' }}>
        <Button component={RouterLink} to={`/complaints/${complaintId}/show`} startIcon={<ArrowBackIcon />} size="small">{t('back')}</Button>
        <Box sx={{ flex: 1 }} />
        <Button variant="contained" size="small" startIcon={<PrintIcon />} onClick={() => window.print()} disabled={!c.department}>{t('print')}</Button>
      </Stack>
      {!c.department && <Alert className="no-print" severity="info" sx={{ mb: 2 }}>{t('not_assigned')}</Alert>}
      <Typography component="h1" sx={{ textAlign: 'center', fontSize: '1.6rem', fontWeight: 700, letterSpacing: locale === 'zh' ? '0.3em' : 0 }}>{t('title')}</Typography>
      <Typography sx={{ textAlign: 'right', fontSize: '0.9rem', mb: 1 }}>{t('no', { id: c.id })}</Typography>
      <table>
        <tbody>
          {rows.map(([label, value]) => (
            <tr key={label}><th scope="row">{label}</th><td style={{ whiteSpace: 'pre-wrap' }}>{value}</td></tr>
          ))}
        </tbody>
      </table>
      <Stack direction="row" sx={{ mt: 5, gap: 4, justifyContent: 'space-between', flexWrap: 'wrap' }}>
        {['issuer', 'receiver'].map((who) => (
          <Box key={who} sx={{ minWidth: 260 }}>
            <Typography>{t(who)}：________________</Typography>
            <Typography sx={{ mt: 2 }}>{t('date')}：______年____月____日</Typography>
          </Box>
        ))}
      </Stack>
    </Box>
  );
}

RectificationNoticePage.path = PAGE_PATHS.notice;
