// Status markers of evaluation and stamp records. Like badges.tsx: the meaning is in the words,
// the colour only repeats it.
import { useTranslation } from 'react-i18next';
import type { CertificateStatus, DossierState } from '../api-evaluation.js';
import type { AlertStatus, BatchStatus } from '../api-stamps.js';

const DOSSIER_TONE: Partial<Record<DossierState, string>> = {
  draft: 'badge-off',
  evidence_requested: 'badge-warn',
  council_scoring: 'badge-info',
  scored: 'badge-info',
  decided: 'badge-ok',
  rejected: 'badge-bad',
  withdrawn: 'badge-off',
};

export function DossierStateBadge({ state }: { state: DossierState }) {
  const { t } = useTranslation();
  return (
    <span className={`badge ${DOSSIER_TONE[state] ?? ''}`} data-testid="dossier-state">
      {t(`dossierStates.${state}`)}
    </span>
  );
}

const CERTIFICATE_TONE: Record<CertificateStatus, string> = {
  valid: 'badge-ok',
  extended: 'badge-ok',
  expiring: 'badge-warn',
  not_yet_valid: 'badge-info',
  expired: 'badge-off',
  superseded: 'badge-off',
  revoked: 'badge-bad',
};

export function CertificateStatusBadge({ status }: { status: CertificateStatus }) {
  const { t } = useTranslation();
  return (
    <span className={`badge ${CERTIFICATE_TONE[status]}`} data-testid="certificate-status">
      {t(`certificateStatus.${status}`)}
    </span>
  );
}

const BATCH_TONE: Record<BatchStatus, string> = { requested: 'badge-info', issuing: 'badge-warn', issued: 'badge-ok', rejected: 'badge-bad' };

export function BatchStatusBadge({ status }: { status: BatchStatus }) {
  const { t } = useTranslation();
  return (
    <span className={`badge ${BATCH_TONE[status]}`} data-testid="batch-status">
      {t(`batchStatus.${status}`)}
    </span>
  );
}

const ALERT_TONE: Record<AlertStatus, string> = { open: 'badge-bad', acknowledged: 'badge-warn', closed: 'badge-off' };

export function AlertStatusBadge({ status }: { status: AlertStatus }) {
  const { t } = useTranslation();
  return (
    <span className={`badge ${ALERT_TONE[status]}`} data-testid="alert-status">
      {t(`alertStatus.${status}`)}
    </span>
  );
}
