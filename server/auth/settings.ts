import type { Config } from '../config.js';
import type { LoginLimits } from './rateLimit.js';

/** What the sign-in layer takes from the configuration. */
export interface AuthSettings extends LoginLimits {
  idleMinutes: number;
  cookieSecure: boolean;
}

export function authSettings(config: Config): AuthSettings {
  return {
    idleMinutes: config.SESSION_IDLE_MINUTES,
    maxFailures: config.LOGIN_MAX_FAILURES,
    windowMinutes: config.LOGIN_WINDOW_MINUTES,
    cookieSecure: config.COOKIE_SECURE,
  };
}
