import { useTranslation } from 'react-i18next';
import { api } from '../../api.js';
import { SupportSummary } from '../../api-cycle.js';
import { ErrorAlert } from '../../components/error-alert.js';
import { formatPercent, formatVnd } from '../../format.js';
import { localText } from '../../labels.js';
import { useResource } from '../../use-resource.js';

/** Money mobilised in a year by funding source, and how much of it came from the State budget. */
export function SupportSummaryCard({ year, generation }: { year: string; generation: number }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const summary = useResource(`support-summary:${year}:${generation}`, (signal) =>
    api('/support/summary', SupportSummary, { query: { year }, signal }),
  );
  const data = summary.data;
  return (
    <section className="card" aria-labelledby="summary-title" data-testid="support-summary">
      <h2 id="summary-title">{t('support.summaryTitle', { year })}</h2>
      <ErrorAlert error={summary.error} />
      {data ? (
        <>
          <p className="big-figures">
            <span>
              <strong>{formatVnd(lang, data.total)}</strong> {t('support.mobilised', { count: data.activities })}
            </span>
            <span>
              <strong>{formatPercent(lang, data.budgetShare)}</strong> {t('support.budgetShare', { amount: formatVnd(lang, data.budget) })}
            </span>
          </p>
          <table className="data-table">
            <thead>
              <tr>
                <th scope="col">{t('support.source')}</th>
                <th scope="col" className="num">{t('support.amount')}</th>
                <th scope="col" className="num">{t('support.share')}</th>
              </tr>
            </thead>
            <tbody>
              {data.bySource.map((row) => (
                <tr key={row.source}>
                  <td>{localText(lang, row.name)}</td>
                  <td className="num">{formatVnd(lang, row.amount)}</td>
                  <td className="num">{formatPercent(lang, row.share)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      ) : null}
    </section>
  );
}
