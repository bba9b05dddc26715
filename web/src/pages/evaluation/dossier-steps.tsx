// The steps open to the caller on a dossier, from the server's `actions`: plain steps as buttons
// (with a note, or a required reason), and the steps that need a form of their own.
import { useTranslation } from 'react-i18next';
import { api } from '../../api.js';
import { DossierDetail, type DossierAction, type Scores } from '../../api-evaluation.js';
import { ReviewActions } from '../../components/review-actions.js';
import { useUser } from '../../session.js';
import { RequestEvidenceForm, SendToCouncilForm } from './advisory-forms.js';
import { CloseScoringForm } from './council-tally.js';
import { CommuneReviewForm } from './commune-review-form.js';
import { NationalResultForm, RecordDecisionForm } from './decision-forms.js';

const PLAIN: readonly DossierAction[] = ['submit', 'provide_evidence', 'accept_for_review', 'return_to_producer', 'reject', 'withdraw'];
const NEEDS_REASON: ReadonlySet<string> = new Set(['return_to_producer', 'reject']);

type Props = { dossier: DossierDetail; scores: Scores | undefined; onDone(message: string): void };

export function DossierSteps({ dossier, scores, onDone }: Props) {
  const { t } = useTranslation();
  const user = useUser();
  const { actions } = dossier;
  const has = (action: DossierAction) => actions.includes(action);
  // In the commune's review, returning goes through the assessment form with its reasons.
  const plain = PLAIN.filter((action) => has(action) && !(action === 'return_to_producer' && has('pass_commune_review')));
  const act = async (action: DossierAction, reason: string | undefined) => {
    await api(`/dossiers/${dossier.id}/${action}`, DossierDetail, { method: 'POST', body: reason === undefined ? {} : { reason } });
    onDone(t(`dossierDone.${action}`));
  };
  const province = user.role === 'province_admin' || user.role === 'province_officer';
  return (
    <>
      {has('pass_commune_review') ? <CommuneReviewForm dossier={dossier} onDone={onDone} /> : null}
      {has('send_to_council') ? <SendToCouncilForm dossier={dossier} onDone={onDone} /> : null}
      {has('request_evidence') ? <RequestEvidenceForm dossier={dossier} onDone={onDone} /> : null}
      {has('close_scoring') ? <CloseScoringForm dossierId={dossier.id} scores={scores} onDone={onDone} /> : null}
      {has('record_decision') ? <RecordDecisionForm dossier={dossier} onDone={onDone} /> : null}
      {province && dossier.result?.nationalStatus === 'pending' ? <NationalResultForm dossier={dossier} onDone={onDone} /> : null}
      <ReviewActions actions={plain} label={(action) => t(`dossierActions.${action}`)} onAct={act} reasonRequired={NEEDS_REASON} title={t('dossiers.steps')} />
    </>
  );
}
