/** The events' own calls in the OpenAPI document (invite, check-in, scorecard). */
type Schema = Record<string, unknown>;

const json = (schema: Schema) => ({ 'application/json': { schema } });
const errorRef = { $ref: '#/components/schemas/Error' };
const idParam = { name: 'id', in: 'path', required: true, schema: { type: 'integer' } };
const refused = {
  400: { description: 'Bad input, field by field; nothing changed', content: json(errorRef) },
  403: { description: 'Not allowed for this role', content: json(errorRef) },
};

export const eventPaths: Schema = {
  '/api/events/plan/{year}': {
    parameters: [{ name: 'year', in: 'path', required: true, schema: { type: 'integer' } }],
    get: { tags: ['events'], summary: 'The year\'s CS plan: themes, events by quarter with invited / confirmed / attended, budget vs actual, totals', responses: { 200: { description: 'YearPlan' }, 400: { description: 'Bad year', content: json(errorRef) } } },
  },
  '/api/events/{id}/invite': {
    parameters: [idParam],
    post: {
      tags: ['events'],
      summary: 'Invite a saved segment or a customer filter in one transaction (consent, households, quota; over capacity → waiting list; an invitation care touch each)',
      requestBody: { content: json({
        type: 'object', required: ['channel'],
        properties: {
          segment_id: { type: 'integer' }, filter: { type: 'object' }, channel: { type: 'string', enum: ['sms', 'card', 'call', 'visit', 'email', 'wechat'] },
          exclude_no_consent: { type: 'boolean', default: true }, one_per_household: { type: 'boolean', default: true },
          quota_per_consultant: { type: 'integer', minimum: 1, nullable: true }, dry_run: { type: 'boolean', default: false },
        },
      }) },
      responses: { 200: { description: '{ matched, excluded, invited, waitlisted, greetings, batch_id, dry_run }' }, ...refused },
    },
  },
  '/api/events/{id}/check-in': {
    parameters: [idParam],
    post: {
      tags: ['events'],
      summary: 'Sign a participant in by QR token or customer, or a walk-in (walk_in: true); earns the attendance points',
      requestBody: { content: json({ type: 'object', properties: { qr_token: { type: 'string' }, customer_id: { type: 'integer' }, walk_in: { type: 'boolean' } } }) },
      responses: { 200: { description: '{ participant, already }' }, ...refused },
    },
  },
  '/api/events/{id}/scorecard': {
    parameters: [idParam],
    get: { tags: ['events'], summary: 'What the event brought: attendance, prospects, referrals, visits and purchases within 30 days, satisfaction, cost per attendee', responses: { 200: { description: 'Scorecard' }, 404: { description: 'No such event' } } },
  },
};
