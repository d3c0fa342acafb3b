import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

const apiPort = process.env.API_PORT ?? '3000';

export default defineConfig({
  root: 'client',
  plugins: [react()],
  build: {
    outDir: '../dist',
    emptyOutDir: true,
    chunkSizeWarningLimit: 2500,
    rollupOptions: {
      output: {
        // the code every screen needs in one file rather than thirty: a browser opens six connections to a host,
        // and thirty preloads queued the start-up requests (metadata, session) behind them. The pages loaded on
        // first opening (charts, calendars, QR codes) keep their own files.
        manualChunks(id: string) {
          if (/[\\/]node_modules[\\/](@mui[\\/]x-charts|@mui[\\/]x-charts-vendor|@fullcalendar|qrcode|d3-|@mui[\\/]x-internals)/.test(id)) return undefined;
          if (id.includes('node_modules')) return 'vendor';
          return undefined;
        },
      },
    },
  },
  server: { port: 5173, proxy: { '/api': `http://localhost:${apiPort}` } },
});
