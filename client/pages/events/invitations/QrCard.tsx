import { memo } from 'react';
import { Box, Typography } from '@mui/material';
import { useTranslate } from 'react-admin';
import { qrShape } from './qrPath';

export interface QrCardProps {
  name: string;
  eventTitle: string;
  when: string;
  place: string;
  token: string | null;
}

/** One invitation card: who, what, when and where, and the QR code the check-in desk scans. Never split across pages. */
export const QrCard = memo(function QrCard({ name, eventTitle, when, place, token }: QrCardProps) {
  const translate = useTranslate();
  const shape = token ? qrShape(token) : null;
  const quiet = 2;
  return (
    <Box data-testid="qr-card" sx={{ border: '1px dashed #888', borderRadius: 1, p: 1.5, display: 'flex', gap: 1.5, alignItems: 'center', breakInside: 'avoid', pageBreakInside: 'avoid', bgcolor: '#fff', color: '#000', minWidth: 0 }}>
      <Box sx={{ flex: 1, minWidth: 0 }}>
        <Typography sx={{ fontSize: '1.15rem', fontWeight: 700, mb: 0.5 }}>{name}</Typography>
        <Typography sx={{ fontSize: '0.75rem', color: '#555' }}>{translate('crm.invitations.card.greeting')}</Typography>
        <Typography sx={{ fontSize: '0.9rem', fontWeight: 600, lineHeight: 1.3, mb: 0.5 }}>{eventTitle}</Typography>
        <Typography sx={{ fontSize: '0.8rem' }}>{when}</Typography>
        {place && <Typography sx={{ fontSize: '0.8rem' }}>{place}</Typography>}
        <Typography sx={{ fontSize: '0.7rem', color: '#555', mt: 0.5 }}>{translate('crm.invitations.card.scan')}</Typography>
      </Box>
      {shape && token && (
        <Box sx={{ flexShrink: 0, textAlign: 'center' }}>
          <svg
            viewBox={`${-quiet} ${-quiet} ${shape.size + 2 * quiet} ${shape.size + 2 * quiet}`}
            width="112"
            height="112"
            role="img"
            aria-label={token}
            shapeRendering="crispEdges"
            data-token={token}
          >
            <rect x={-quiet} y={-quiet} width={shape.size + 2 * quiet} height={shape.size + 2 * quiet} fill="#fff" />
            <path d={shape.path} fill="#000" />
          </svg>
          <Typography sx={{ fontSize: '0.6rem', fontFamily: 'monospace', color: '#555', wordBreak: 'break-all', maxWidth: 112 }}>{token}</Typography>
        </Box>
      )}
    </Box>
  );
});
