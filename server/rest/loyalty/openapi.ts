/** The /api/loyalty calls in the OpenAPI document (shapes: server/domain/loyalty/types.ts). */
type Schema = Record<string, unknown>;

const json = (schema: Schema) => ({ 'application/json': { schema } });
const errorRef = { $ref: '#/components/schemas/Error' };
const idParam = { name: 'id', in: 'path', required: true, schema: { type: 'integer' } };
const managers = ' (cs_manager and admin)';
const refused = {
  400: { description: 'Bad input, field by field; nothing changed', content: json(errorRef) },
  403: { description: 'Not allowed for this role', content: json(errorRef) },
};

const earn: Schema = {
  type: 'object',
  properties: {
    purchase_per_100: { type: 'number', minimum: 0 }, service_per_100: { type: 'number', minimum: 0 },
    referral: { type: 'integer', minimum: 0 }, event_attended: { type: 'integer', minimum: 0 },
  },
};
const rules: Schema = {
  type: 'object',
  properties: {
    basis: { type: 'string', enum: ['lifetime', 'rolling'] }, window_months: { type: 'integer', minimum: 1 },
    downgrade: { type: 'string', enum: ['never', 'yearly_review', 'grace'] }, grace_days: { type: 'integer', minimum: 0 },
    earn, approval_threshold: { type: 'integer', minimum: 0 }, expiry_months: { type: 'integer', minimum: 1 },
  },
};
const tierDraft: Schema = {
  type: 'object',
  required: ['id'],
  properties: {
    id: { type: 'integer' }, name: { type: 'string' }, name_en: { type: 'string', nullable: true },
    threshold_points: { type: 'integer', minimum: 0 }, earn_multiplier: { type: 'number', minimum: 0, multipleOf: 0.01 },
    color: { type: 'string', nullable: true }, benefits: { type: 'string', nullable: true },
    partner_discounts: { type: 'string', nullable: true }, care_policy: { type: 'string', nullable: true }, active: { type: 'boolean' },
  },
};
const draft = (required: string[]): Schema => ({
  type: 'object',
  required,
  properties: {
    version: { type: 'integer', description: 'the rules version the draft started from (409 if it moved)' },
    rules, tiers: { type: 'array', items: tierDraft }, mode: { type: 'string', enum: ['now', 'review'] }, note: { type: 'string', maxLength: 500 },
  },
});
const asOf = json({ type: 'object', properties: { as_of: { type: 'string', format: 'date' } } });

export const loyaltyPaths: Schema = {
  '/api/loyalty/rules': {
    get: { tags: ['loyalty'], summary: 'The tier rules in force, their version, and the tiers with member counts', responses: { 200: { description: 'RulesDocument' } } },
    put: { tags: ['loyalty'], summary: `Save the rules as a new version${managers}`, requestBody: { content: json(draft(['version', 'rules'])) }, responses: { 200: { description: 'RulesDocument' }, 409: { description: 'The rules changed meanwhile', content: json(errorRef) }, ...refused } },
  },
  '/api/loyalty/rules/versions': { get: { tags: ['loyalty'], summary: 'Every saved version of the rules, newest first', responses: { 200: { description: 'RulesVersion[]' } } } },
  '/api/loyalty/preview': { post: { tags: ['loyalty'], summary: `What if: who would move up, down or be held under draft rules; changes nothing${managers}. Filter customers by {"tier_preview":"<preview_id>:up|down|held"}`, requestBody: { content: json(draft([])) }, responses: { 200: { description: 'PreviewResult' }, ...refused } } },
  '/api/loyalty/apply': { post: { tags: ['loyalty'], summary: `Save the draft (if given) and recalculate every member's tier in one transaction, with tier history, audit and greetings${managers}. Filter customers by {"tier_batch":"<batch_id>"}`, requestBody: { content: json(draft(['version', 'mode'])) }, responses: { 200: { description: 'ApplyResult' }, 409: { description: 'The rules changed meanwhile', content: json(errorRef) }, ...refused } } },
  '/api/loyalty/expiry/preview': { post: { tags: ['loyalty'], summary: `Year-end expiry: who would lose how many points${managers}`, requestBody: { content: asOf }, responses: { 200: { description: 'ExpiryPreview' }, ...refused } } },
  '/api/loyalty/expiry/apply': { post: { tags: ['loyalty'], summary: `Year-end expiry: write the expiry entries in one transaction${managers}`, requestBody: { content: asOf }, responses: { 200: { description: 'ExpiryResult' }, ...refused } } },
  '/api/loyalty/customers/{id}': { parameters: [idParam], get: { tags: ['loyalty'], summary: 'A customer\'s balance, qualifying points, next tier, expiring points, pending adjustments', responses: { 200: { description: 'CustomerLoyalty' }, 404: { description: 'No such customer (or not one of yours)' } } } },
  '/api/loyalty/entries/{id}/reverse': { parameters: [idParam], post: { tags: ['loyalty'], summary: `Reverse a ledger entry by an opposite one${managers}`, requestBody: { content: json({ type: 'object', required: ['note'], properties: { note: { type: 'string', minLength: 2, maxLength: 500 } } }) }, responses: { 201: { description: '{ id } of the reversal' }, ...refused } } },
  '/api/loyalty/adjustments/{id}/approve': { parameters: [idParam], post: { tags: ['loyalty'], summary: `Approve a pending adjustment; not its maker${managers}`, requestBody: { content: json({ type: 'object', properties: { note: { type: 'string', maxLength: 500 } } }) }, responses: { 200: { description: 'Approved, entry written' }, ...refused } } },
  '/api/loyalty/adjustments/{id}/reject': { parameters: [idParam], post: { tags: ['loyalty'], summary: `Reject a pending adjustment; not its maker${managers}`, requestBody: { content: json({ type: 'object', properties: { note: { type: 'string', maxLength: 500 } } }) }, responses: { 200: { description: 'Rejected' }, ...refused } } },
};
