import { useTranslation } from 'react-i18next';
import type { Transition } from '../api-cycle.js';
import { formatDate } from '../labels.js';

type Props = { history: Transition[]; statusLabel(status: string): string; actionLabel(action: string): string };

/** Who changed the record's status, when, and why: newest last, as the file grew. */
export function HistoryList({ history, statusLabel, actionLabel }: Props) {
  const { t, i18n } = useTranslation();
  return (
    <section className="card" aria-labelledby="history-title">
      <h2 id="history-title">{t('review.history')}</h2>
      {history.length === 0 ? (
        <p className="muted">{t('review.noHistory')}</p>
      ) : (
        <ol className="history" data-testid="history">
          {history.map((entry) => (
            <li key={`${entry.at}-${entry.action}`}>
              <p>
                <strong>{actionLabel(entry.action)}</strong>{' '}
                <span className="muted">
                  {t('review.transition', { from: statusLabel(entry.from), to: statusLabel(entry.to) })}
                </span>
              </p>
              <p className="muted">
                <time dateTime={entry.at}>{formatDate(i18n.language, entry.at, true)}</time> · {entry.actorUsername}
              </p>
              {entry.reason ? <p className="history-reason">{entry.reason}</p> : null}
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
