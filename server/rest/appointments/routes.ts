import { Router } from 'express';
import type { Knex } from 'knex';
import { contextOf } from '../requestParts.js';
import { getResource } from '../../resources/index.js';
import { AppError, badRequest } from '../../errors.js';
import { assertCan, forbidden } from '../../auth/policy.js';
import { isManager } from '../../resources/access.js';
import { reason } from '../reasons.js';
import { generateMaintenanceReminders } from '../../domain/appointments/maintenance.js';
import { isMonth, successRates } from '../../domain/appointments/stats.js';
import { chinaMonth } from '../../domain/chinaTime.js';

/**
 * Appointments' own calls. Status changes (remind, arrive, no-show, cancel) go through the generic
 * PUT /api/appointments/:id with `status`; the flow is enforced there for single, bulk and imported writes alike.
 * - GET /api/appointments/stats?from=YYYY-MM&to=YYYY-MM[&advisor_id=] — success rate per month against the target
 * - POST /api/appointments/reminders/generate — book the maintenance reminders due now (cs_manager, admin)
 */
export function appointmentRoutes(db: Knex): Router {
  const router = Router();
  const appointments = () => {
    const def = getResource('appointments');
    if (!def) throw new AppError(404, 'unknown_resource');
    return def;
  };

  router.get('/appointments/stats', async (req, res) => {
    assertCan(contextOf(req).actor, appointments(), 'read');
    const now = new Date();
    const to = req.query.to ?? chinaMonth(now);
    const from = req.query.from ?? `${Number(String(to).slice(0, 4)) - 1}${String(to).slice(4)}`;
    const errors = { ...(isMonth(from) ? {} : { from: reason('not_month') }), ...(isMonth(to) ? {} : { to: reason('not_month') }) };
    if (Object.keys(errors).length) throw badRequest(errors);
    if (String(to) < String(from)) throw badRequest({ to: reason('end_before_start') });
    if (Number(String(to).slice(0, 4)) - Number(String(from).slice(0, 4)) > 5) throw badRequest({ from: reason('not_month') });
    const advisor = req.query.advisor_id;
    if (advisor != null && !/^[1-9]\d{0,9}$/.test(String(advisor))) throw badRequest({ advisor_id: reason('not_id') });
    res.json(await successRates(db, String(from), String(to), advisor == null ? undefined : Number(advisor)));
  });

  router.post('/appointments/reminders/generate', async (req, res) => {
    if (!isManager(contextOf(req).actor.role)) throw forbidden();
    res.json(await generateMaintenanceReminders(db, new Date()));
  });

  return router;
}
