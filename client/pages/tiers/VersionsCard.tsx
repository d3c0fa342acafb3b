import { useState } from 'react';
import { Alert, Button, Card, CardContent, CardHeader, Table, TableBody, TableCell, TableContainer, TableHead, TableRow, Typography } from '@mui/material';
import HistoryIcon from '@mui/icons-material/History';
import { useTranslate } from 'react-admin';
import { useRulesVersions } from './useLoyalty';
import { VersionRow } from './VersionRow';

const SHOWN = 8;

/** Every saved version of the rules, newest first; a row opens the thresholds and rules it set. */
export function VersionsCard() {
  const translate = useTranslate();
  const { data, isPending, error } = useRulesVersions();
  const [all, setAll] = useState(false);
  const versions = data ?? [];
  const shown = all ? versions : versions.slice(0, SHOWN);
  return (
    <Card sx={{ minWidth: 0 }}>
      <CardHeader
        avatar={<HistoryIcon color="primary" />}
        title={translate('crm.tiers.versions.title')}
        slotProps={{ title: { variant: 'subtitle1', component: 'h2', fontWeight: 600 } }}
      />
      <CardContent sx={{ pt: 0 }}>
        {error ? (
          <Alert severity="error">{translate('crm.tiers.versions.failed')}</Alert>
        ) : isPending ? null : versions.length === 0 ? (
          <Typography variant="body2" color="text.secondary">
            {translate('crm.tiers.versions.empty')}
          </Typography>
        ) : (
          <TableContainer sx={{ overflowX: 'auto' }}>
            <Table size="small" data-testid="versions">
              <TableHead>
                <TableRow>
                  <TableCell padding="checkbox" />
                  <TableCell>{translate('crm.tiers.versions.version')}</TableCell>
                  <TableCell>{translate('crm.tiers.versions.saved_at')}</TableCell>
                  <TableCell>{translate('crm.tiers.versions.by')}</TableCell>
                  <TableCell>{translate('crm.tiers.versions.note')}</TableCell>
                </TableRow>
              </TableHead>
              <TableBody>
                {shown.map((v) => (
                  <VersionRow key={v.version} version={v} />
                ))}
              </TableBody>
            </Table>
          </TableContainer>
        )}
        {versions.length > SHOWN && (
          <Button size="small" onClick={() => setAll((x) => !x)} sx={{ mt: 1 }}>
            {translate(all ? 'crm.tiers.versions.fewer' : 'crm.tiers.versions.all', { count: versions.length })}
          </Button>
        )}
      </CardContent>
    </Card>
  );
}
