import { Card, CardContent, Step, StepLabel, Stepper, useMediaQuery, type Theme } from '@mui/material';
import { useTranslate } from 'react-admin';
import { FailureAlert } from './FailureAlert';
import { FileStep } from './FileStep';
import { MappingStep } from './MappingStep';
import { ProgressPanel } from './ProgressPanel';
import { ResultStep } from './ResultStep';
import { ReviewStep } from './ReviewStep';
import { useImportWizard, WIZARD_STEPS } from './useImportWizard';

/** The four steps of an import into one resource, with the upload's progress and the server's refusal above them. */
export function ImportWizard({ resource }: { resource: string }) {
  const translate = useTranslate();
  const wizard = useImportWizard(resource);
  const { step, busy, failure } = wizard.state;
  const isSmall = useMediaQuery((theme: Theme) => theme.breakpoints.down('sm'));

  return (
    <Card>
      <CardContent>
        <Stepper activeStep={WIZARD_STEPS.indexOf(step)} alternativeLabel={!isSmall} sx={{ mb: 3, mt: 1 }}>
          {WIZARD_STEPS.map((name) => (
            <Step key={name} completed={step === 'done' || WIZARD_STEPS.indexOf(name) < WIZARD_STEPS.indexOf(step)}>
              <StepLabel>{isSmall && name !== step ? '' : translate(`crm.import.steps.${name}`)}</StepLabel>
            </Step>
          ))}
        </Stepper>
        {busy && <ProgressPanel busy={busy} file={wizard.state.file} onCancel={wizard.cancel} />}
        {failure && !busy && <FailureAlert failure={failure} />}
        {step === 'file' && <FileStep resource={resource} wizard={wizard} />}
        {step === 'mapping' && <MappingStep resource={resource} wizard={wizard} />}
        {step === 'review' && <ReviewStep resource={resource} wizard={wizard} />}
        {step === 'done' && <ResultStep resource={resource} wizard={wizard} />}
      </CardContent>
    </Card>
  );
}
