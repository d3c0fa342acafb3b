import type { NextFunction, Request, RequestHandler, Response } from 'express';
import type { Knex } from 'knex';
import { parse as parseCookies } from 'cookie';
import { AppError } from '../errors.js';
import { findSession, SESSION_COOKIE } from './sessions.js';
import { actorForToken } from './tokens.js';
import { sameSecret } from './secrets.js';
import type { AuthSettings } from './settings.js';
import './request.js';

const SAFE = new Set(['GET', 'HEAD', 'OPTIONS']);

/** Finds who is asking, from `Authorization: Bearer …` or the session cookie; answers nobody as anonymous. */
export function authenticate(db: Knex, settings: AuthSettings): RequestHandler {
  return async (req: Request, _res: Response, next: NextFunction) => {
    const header = req.headers.authorization;
    if (header) {
      const [scheme, token] = header.split(' ');
      const actor = scheme?.toLowerCase() === 'bearer' && token ? await actorForToken(db, token.trim()) : null;
      // a bad token is an error, not a fall-back to the cookie: scripts should hear about it
      if (!actor) throw new AppError(401, 'unauthenticated');
      req.actor = actor;
      req.authVia = 'token';
      next();
      return;
    }
    const secret = parseCookies(req.headers.cookie ?? '')[SESSION_COOKIE];
    if (secret && secret.length <= 100) {
      const session = await findSession(db, secret, settings.idleMinutes);
      if (session) {
        req.actor = session.actor;
        req.authVia = 'session';
        req.sessionId = session.id;
        req.csrfToken = session.csrfToken;
      }
    }
    next();
  };
}

/** 401 for anyone not signed in. */
export const requireActor: RequestHandler = (req, _res, next) => {
  if (!req.actor) throw new AppError(401, 'unauthenticated');
  next();
};

/**
 * A cookie-signed write must carry the session's CSRF token in `X-CSRF-Token`: another site can make the
 * browser send the cookie, but cannot read the token. Bearer-token calls carry no ambient credential.
 */
export const requireCsrf: RequestHandler = (req, _res, next) => {
  if (req.authVia !== 'session' || SAFE.has(req.method)) return next();
  const sent = req.get('x-csrf-token');
  if (!sent || !req.csrfToken || !sameSecret(sent, req.csrfToken)) throw new AppError(403, 'csrf');
  next();
};
