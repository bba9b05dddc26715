// One place that turns any failure into words for the user: our own translated sentence
// by status, plus the server's detail when it has one (it may be in English).
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { ApiError, BAD_RESPONSE_STATUS, NETWORK_ERROR_STATUS } from '../api.js';

export function errorMessage(t: TFunction, error: unknown): string {
  if (!(error instanceof ApiError)) return t('errors.unknown');
  const { status } = error;
  if (status === NETWORK_ERROR_STATUS) return t('errors.network');
  if (status === BAD_RESPONSE_STATUS) return t('errors.badResponse');
  if (status === 429) {
    return error.retryAfter === undefined
      ? t('errors.throttledLater')
      : t('errors.throttled', { count: error.retryAfter });
  }
  if (status === 400 || status === 422) return t('errors.validation');
  if (status === 403) return t('errors.forbidden');
  if (status === 404) return t('errors.notFound');
  if (status === 409) return t('errors.conflict');
  if (status >= 500) return t('errors.server');
  return t('errors.unknown');
}

/** The server's own explanation, unless it only repeats the status line. */
function serverDetail(error: unknown): string | undefined {
  if (!(error instanceof ApiError) || error.status === 429) return undefined;
  if (error.status === BAD_RESPONSE_STATUS || error.status >= 500) return undefined;
  return error.problem.detail;
}

export function ErrorAlert({ error, message }: { error: unknown; message?: string }) {
  const { t } = useTranslation();
  if (error === undefined || error === null) return null;
  const detail = serverDetail(error);
  return (
    <div className="alert alert-error" role="alert">
      <p>{message ?? errorMessage(t, error)}</p>
      {detail ? <p className="alert-detail">{t('errors.detail', { detail })}</p> : null}
    </div>
  );
}

export function isForbidden(error: unknown): boolean {
  return error instanceof ApiError && error.status === 403;
}

/** The server answers 404 both for a missing record and for one outside the caller's scope. */
export function isNotFound(error: unknown): boolean {
  return error instanceof ApiError && error.status === 404;
}
