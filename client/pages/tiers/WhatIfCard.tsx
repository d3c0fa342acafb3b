import type { ReactNode } from 'react';
import { Card, CardContent, CardHeader, Divider } from '@mui/material';
import ScienceIcon from '@mui/icons-material/Science';
import { useTranslate } from 'react-admin';

/** The what-if and apply section: the draft's actions above, the last what-if's answer below. */
export function WhatIfCard({ actions, results }: { actions: ReactNode; results: ReactNode }) {
  const translate = useTranslate();
  return (
    <Card sx={{ minWidth: 0 }}>
      <CardHeader
        avatar={<ScienceIcon color="primary" />}
        title={translate('crm.tiers.preview.title')}
        subheader={translate('crm.tiers.preview.hint')}
        slotProps={{ title: { variant: 'subtitle1', component: 'h2', fontWeight: 600 } }}
      />
      <CardContent sx={{ pt: 0 }}>
        {actions}
        {results && <Divider sx={{ my: 2 }} />}
        {results}
      </CardContent>
    </Card>
  );
}
