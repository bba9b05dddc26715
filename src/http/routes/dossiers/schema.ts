import { z } from 'zod';

// Request and response schemas of the dossier routes; the bodies are the services' inputs.

export {
  CreateDossierInput, DossierListQuery, EvidenceQuery, GapQuery, NoteInput, PassCommuneInput, RequestEvidenceInput, RequiredReasonInput,
  ReturnInput, SelfAssessmentInput, SendToCouncilInput,
} from '../../../services/dossiers/dossier-input.js';
export { DossierDetailOutput, DossierOutput, EvidenceOutput } from '../../../services/dossiers/dossier-output.js';
export { CloseScoringInput, ScoreInput } from '../../../services/councils/council-input.js';
export { ScoresOutput } from '../../../services/councils/scores-output.js';
export { DecisionInput } from '../../../services/certificates/decision-input.js';
export { NationalResultInput } from '../../../services/certificates/record-national-result.js';
export { ClassificationOutput, UpgradeOutput } from '../../../services/scoring/scoring-output.js';

export const EvidenceParams = z.object({
  id: z.coerce.number().int().positive().max(2_147_483_647),
  evidenceId: z.coerce.number().int().positive().max(2_147_483_647),
});
