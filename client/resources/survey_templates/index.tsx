import QuizIcon from '@mui/icons-material/Quiz';
import { Create, Edit } from 'react-admin';
import type { ScreenSet } from '../types';
import { genericResource } from '../generic/genericResource';
import { SurveyTemplateForm } from './SurveyTemplateForm';

/** Questionnaires: generated list and detail, a form with a question-row editor for `items`. */
const surveyTemplates: ScreenSet = {
  ...genericResource({ icon: QuizIcon, listColumns: ['name', 'scale', 'nps', 'active', 'updated_at'] }),
  edit: () => <Edit mutationMode="pessimistic" redirect="show"><SurveyTemplateForm /></Edit>,
  create: () => <Create redirect="show"><SurveyTemplateForm /></Create>,
};

export default surveyTemplates;
