import type { RequestHandler } from 'express';
import type { Figures } from './stats.js';

/** Measures server time per request (request in → response finished) from inside the app. */
export function serverTimer() {
  let times: number[] = [];
  const middleware: RequestHandler = (_req, res, next) => {
    const t = process.hrtime.bigint();
    res.on('finish', () => times.push(Number(process.hrtime.bigint() - t) / 1e6));
    next();
  };
  return {
    middleware,
    reset: () => {
      times = [];
    },
    figures: (): Figures => {
      const s = [...times].sort((a, b) => a - b);
      return { median: s[Math.floor(s.length / 2)], p95: s[Math.floor(s.length * 0.95)], runs: s.length };
    },
  };
}
