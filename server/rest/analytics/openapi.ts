/** The reports' calls in the OpenAPI document (issue 8): every report takes the same filters and answers figures with their drill filters. */
type Schema = Record<string, unknown>;

const json = (schema: Schema) => ({ 'application/json': { schema } });
const errorRef = { $ref: '#/components/schemas/Error' };
const day = (name: string, description: string) => ({ name, in: 'query', required: false, description, schema: { type: 'string', format: 'date' } });
const filters = [
  day('from', 'First China day of the range (YYYY-MM-DD); default: 30 days before `to`'),
  day('to', 'Last China day of the range; default: today'),
  { name: 'region', in: 'query', required: false, description: 'Customers of this region (lookup code)', schema: { type: 'string' } },
  { name: 'owner_id', in: 'query', required: false, description: "One sales consultant's customers (a sales consultant always gets their own)", schema: { type: 'integer' } },
  { name: 'tier_id', in: 'query', required: false, description: 'Customers of this tier', schema: { type: 'integer' } },
];
const answers = (what: string) => ({
  200: { description: `${what}; every figure carries \`drill: { resource, filter }\`, the list filter that opens the records behind it` },
  400: { description: 'A bad parameter, named', content: json(errorRef) },
});
const report = (summary: string, what: string, extra: Schema[] = []): Schema => ({
  get: { tags: ['analytics'], summary, parameters: [...filters, ...extra], responses: answers(what) },
});

export const analyticsPaths: Schema = {
  '/api/analytics/dashboard': report('The six KPIs against their targets with 12-month trends', 'Dashboard'),
  '/api/analytics/prospects': report('Prospects (A卡) opened in the range by visit reason, consultant, model, month, region, purchase time and type, with conversion to owners', 'ProspectAnalysis'),
  '/api/analytics/owners': report('Owners (C卡) by customer type, model, region and industry', 'OwnerComposition'),
  '/api/analytics/flow': report('Owners gained and lost per month and the base at each month end', 'OwnerFlow'),
  '/api/analytics/loyalty': report('Owner loyalty: repurchase, referrals and top referrers, retention by month', 'OwnerLoyalty'),
  '/api/analytics/value': report('Customer value: RFM segments, the R×F grid, valuable-customer flags and who moved since the month before', 'ValueReport',
    [{ name: 'month', in: 'query', required: false, description: 'The snapshot month (YYYY-MM); default: the latest', schema: { type: 'string', pattern: '^\\d{4}-\\d{2}$' } }]),
  '/api/analytics/complaints': report('Complaints by category, department and month with SLA compliance and median times', 'ComplaintAnalysis'),
  '/api/analytics/satisfaction': report('Satisfaction by service item per month, with CSAT', 'SatisfactionReport'),
  '/api/analytics/events': report('Event scorecards side by side', 'EventComparison',
    [{ name: 'ids', in: 'query', required: false, description: 'Events to compare (comma-separated ids); default: the last finished in the range', schema: { type: 'string' } }]),
  '/api/analytics/export': {
    post: {
      tags: ['analytics'],
      summary: "A report's table, as shown, as an XLSX file",
      requestBody: { content: json({
        type: 'object', required: ['title', 'columns', 'rows'], additionalProperties: false,
        properties: {
          title: { type: 'string', maxLength: 120 },
          columns: { type: 'array', maxItems: 60, items: { type: 'string' } },
          rows: { type: 'array', maxItems: 10000, items: { type: 'array', items: { oneOf: [{ type: 'string' }, { type: 'number' }, { type: 'null' }] } } },
        },
      }) },
      responses: {
        200: { description: 'The workbook', content: { 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': { schema: { type: 'string', format: 'binary' } } } },
        400: { description: 'A bad part of the table, named', content: json(errorRef) },
      },
    },
  },
};
