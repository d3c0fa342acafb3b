import type { ResourceDef } from './types.js';
import { managerRules } from './access.js';
import { checkSurveyTemplate } from '../domain/surveys/templates.js';

/** A questionnaire: items scored 1–5 or 0–10, optionally the recommend question that gives NPS. */
export const survey_templates: ResourceDef = {
  name: 'survey_templates',
  table: 'survey_templates',
  group: 'settings',
  title: 'name',
  defaultSort: ['name', 'ASC'],
  access: managerRules,
  fields: {
    name: { type: 'string', required: true, max: 100, sortable: true },
    scale: { type: 'enum', enum: 'survey_scale', required: true, default: 'five', filterable: true },
    items: { type: 'json', shape: 'list', required: true },
    nps: { type: 'boolean', default: false, filterable: true },
    active: { type: 'boolean', default: true, filterable: true },
  },
  validate: checkSurveyTemplate,
};
