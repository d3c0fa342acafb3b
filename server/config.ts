import { z } from 'zod';

/** Configuration comes from the environment, declared once with defaults and checked at start-up. */
const schema = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().default('0.0.0.0'),
  DATABASE_URL: z
    .string()
    .regex(/^(sqlite:\/\/|postgres(ql)?:\/\/)/, 'must start with sqlite:// or postgres://')
    .default('sqlite://./data/crm.sqlite'),
  /** PostgreSQL only: the schema the tables live in (created when missing); unset: the connection's default (public). */
  DATABASE_SCHEMA: z.string().regex(/^[a-z_][a-z0-9_]{0,62}$/, 'must be a lower-case SQL identifier').optional(),
  /** Fill an empty database with demo data on first start ("false" to start empty). */
  DEMO_DATA: z
    .enum(['true', 'false'])
    .default('true')
    .transform((v) => v === 'true'),
  /** The `admin` account's password on first start; when unset a random one is printed once. */
  ADMIN_PASSWORD: z.string().min(8, 'must be at least 8 characters').optional(),
  /** A session ends after this many minutes without a request (and at the latest after 7 days). */
  SESSION_IDLE_MINUTES: z.coerce.number().int().min(1).max(7 * 24 * 60).default(480),
  /** Failed sign-ins allowed per user name within LOGIN_WINDOW_MINUTES (per address: four times as many). */
  LOGIN_MAX_FAILURES: z.coerce.number().int().min(1).max(1000).default(5),
  LOGIN_WINDOW_MINUTES: z.coerce.number().int().min(1).max(24 * 60).default(15),
  /** Origins allowed to call the API from a browser (comma-separated); none by default. */
  CORS_ORIGINS: z.string().default('').transform((v) => v.split(',').map((o) => o.trim()).filter(Boolean)),
  /** Behind a reverse proxy: trust its X-Forwarded-For / -Proto (express "trust proxy" value, e.g. 1 or loopback). */
  TRUST_PROXY: z.string().optional(),
  /** Send the session cookie only over HTTPS (set when the app is served over HTTPS). */
  COOKIE_SECURE: z.enum(['true', 'false']).default('false').transform((v) => v === 'true'),
  /** Run the periodic care jobs (follow-up cadences, reminders, churn, greetings, SLA escalation) in this process. */
  JOBS: z.enum(['true', 'false']).default('true').transform((v) => v === 'true'),
  /** On SIGTERM/SIGINT, how long requests and a running job may take to finish before they are cut off. */
  SHUTDOWN_GRACE_SECONDS: z.coerce.number().int().min(1).max(600).default(30),
  /** Log (warn) every database query that takes at least this many milliseconds; 0: off. */
  SLOW_QUERY_MS: z.coerce.number().int().min(0).max(600_000).default(500),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
});

export type Config = z.infer<typeof schema>;

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = schema.safeParse(env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`);
    throw new Error(`Invalid configuration:\n${lines.join('\n')}`);
  }
  return parsed.data;
}
