/**
 * How a customer's fields are grouped on the detail page and in the form. A field the server adds to
 * customers must be placed here (the test beside this file fails until it is).
 */
export const customerSections = {
  basic: ['name', 'gender', 'birthday', 'id_number', 'ethnicity', 'occupation', 'industry', 'company', 'interests', 'family_members'],
  contact: ['phone', 'email', 'city', 'region', 'address', 'preferred_channel', 'preferred_locale', 'contact_frequency', 'consent_sms', 'consent_email'],
  classification: [
    'customer_type', 'lifecycle_stage', 'tier_id', 'owner_id', 'source', 'purchase_purpose', 'referred_by_id',
    'points_balance', 'tier_below_since', 'last_visit_date', 'first_purchase_date', 'opinion_leader', 'tags', 'notes',
  ],
  intention: ['visit_reason', 'intended_model', 'intended_purchase', 'intended_purchase_type'],
  business: [
    'main_business', 'staff_count', 'credit_rating', 'relationship_potential',
    'max_monthly_purchase', 'avg_monthly_purchase',
  ],
} as const satisfies Record<string, readonly string[]>;

export type CustomerSection = keyof typeof customerSections;

export const SECTION_NAMES = Object.keys(customerSections) as CustomerSection[];
