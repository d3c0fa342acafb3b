import { Tooltip, Typography } from '@mui/material';

/** Long text cut to a few lines; the whole of it in a tooltip, line breaks kept. */
export function LongText({ text, lines = 2 }: { text: string; lines?: number }) {
  return (
    <Tooltip title={<span style={{ whiteSpace: 'pre-wrap' }}>{text}</span>} placement="top-start" enterDelay={300}>
      <Typography
        component="span"
        variant="body2"
        tabIndex={0}
        sx={{
          display: '-webkit-box',
          WebkitLineClamp: lines,
          WebkitBoxOrient: 'vertical',
          overflow: 'hidden',
          whiteSpace: 'pre-wrap',
          wordBreak: 'break-word',
          cursor: 'help',
        }}
      >
        {text}
      </Typography>
    </Tooltip>
  );
}
