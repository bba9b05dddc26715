// The dashboard's panels. Each chart shows the same numbers as the table its panel downloads.
import { useTranslation } from 'react-i18next';
import type { Query } from '../../api.js';
import type { Dashboard } from '../../api-dashboard.js';
import { ChartPanel, Downloads } from './chart-panel.js';
import { PALETTE, STAR_COLORS } from './chart-setup.js';
import { billions, num } from './format.js';

const TOP = 15;

type Props = { view: Dashboard; query: Query };
type StarRow = { s3: number; s4: number; s5: number };

function useStarSeries() {
  const { t } = useTranslation();
  return (rows: StarRow[]) => [
    { label: t('dashboard.star', { n: 3 }), color: STAR_COLORS[0], values: rows.map((r) => r.s3) },
    { label: t('dashboard.star', { n: 4 }), color: STAR_COLORS[1], values: rows.map((r) => r.s4) },
    { label: t('dashboard.star', { n: 5 }), color: STAR_COLORS[2], values: rows.map((r) => r.s5) },
  ];
}

export function ProductSections({ view, query }: Props) {
  const { t, i18n } = useTranslation();
  const stars = useStarSeries();
  const fmt = (n: number) => num(i18n.language, n);
  const units = view.products.byUnit.slice(0, TOP);
  const unitTitle = view.meta.unitLevel === 'old' ? t('dashboard.byOldUnit') : t('dashboard.byNewUnit');
  return (
    <>
      <ChartPanel title={t('dashboard.trend')} table="products-trend" query={query} categoryLabel={t('dashboard.year')} categories={view.products.trend.map((r) => String(r.year))} series={stars(view.products.trend)} stacked format={fmt} />
      <ChartPanel
        title={unitTitle} table="products-by-unit" query={query} categoryLabel={t('dashboard.unit')} categories={units.map((r) => r.name)} series={stars(units)} horizontal stacked format={fmt}
        note={view.products.byUnit.length > TOP ? t('dashboard.topNote', { n: TOP, total: view.products.byUnit.length }) : undefined}
      />
      <ChartPanel title={t('dashboard.byGroup')} table="products-by-group" query={query} categoryLabel={t('dashboard.group')} categories={view.products.byGroup.map((r) => r.name)} series={stars(view.products.byGroup)} horizontal stacked format={fmt} />
      <ChartPanel title={t('dashboard.byType')} table="products-by-type" query={query} categoryLabel={t('dashboard.producerType')} categories={view.products.byProducerType.map((r) => t(`producerTypes.${r.producerType}`, { defaultValue: r.producerType }))} series={stars(view.products.byProducerType)} stacked format={fmt} />
      <ChartPanel
        title={t('dashboard.rounds')} table="rounds" query={query} categoryLabel={t('dashboard.year')} categories={view.rounds.map((r) => String(r.year))} format={fmt}
        series={(['new', 'recertified', 'upgraded', 'expired', 'revoked'] as const).map((k, i) => ({ label: t(`dashboard.event.${k}`), color: PALETTE[i] ?? '#888', values: view.rounds.map((r) => r[k]) }))}
      />
      <ChartPanel
        title={t('dashboard.pipeline')} table="pipeline" query={query} categoryLabel={t('dashboard.stage')} horizontal format={fmt}
        categories={(['self_assessed', 'council_scored', 'forwarded', 'recognised', 'four_star_90'] as const).map((s) => t(`dashboard.stages.${s}`))}
        series={[{ label: t('dashboard.productsLabel'), color: STAR_COLORS[2], values: (['self_assessed', 'council_scored', 'forwarded', 'recognised', 'four_star_90'] as const).map((s) => view.pipeline.counts[s] ?? 0) }]}
      />
      <ExpiringPanel view={view} query={query} />
    </>
  );
}

function ExpiringPanel({ view, query }: Props) {
  const { t } = useTranslation();
  const items = view.expiring.items.slice(0, 10);
  return (
    <section className="card dash-panel" aria-label={t('dashboard.expiring', { days: view.expiring.days })} data-testid="panel-expiring">
      <h2>{t('dashboard.expiring', { days: view.expiring.days })}</h2>
      <p className="muted small">{t('dashboard.expiringCount', { n: view.expiring.total })}</p>
      <ul className="dash-list">
        {items.map((c) => (
          <li key={c.number}>
            <strong>{c.productName}</strong> <span className="badge badge-star">{'★'.repeat(c.star)}</span>
            <br />
            <span className="muted small">{c.producerName} · {c.unitName} · {t('dashboard.expiresIn', { date: c.expiresOn.split('-').reverse().join('/'), n: c.daysLeft })}</span>
          </li>
        ))}
      </ul>
      <div className="dash-panel-foot"><Downloads table="expiring" query={query} /></div>
    </section>
  );
}

export function ActivitySections({ view, query }: Props) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const fmt = (n: number) => num(lang, n);
  const coverage = view.stamps.byUnit.slice(0, TOP);
  const economy = view.economy.byUnit.slice(0, TOP);
  return (
    <>
      <ChartPanel
        title={t('dashboard.scans', { year: view.meta.year })} table="scans" query={query} categoryLabel={t('dashboard.month')} format={fmt} categories={view.stamps.months.map((m) => m.month)}
        series={[{ label: t('dashboard.scansLabel'), color: PALETTE[0], values: view.stamps.months.map((m) => m.scans) }, { label: t('dashboard.pinChecks'), color: PALETTE[2], values: view.stamps.months.map((m) => m.pinChecks) }]}
      />
      <ChartPanel
        title={t('dashboard.coverage')} table="stamp-coverage" query={query} categoryLabel={t('dashboard.unit')} horizontal format={(n) => `${num(lang, n)}%`} categories={coverage.map((r) => r.name)}
        series={[{ label: t('dashboard.coverageLabel'), color: PALETTE[1], values: coverage.map((r) => Math.round(r.coverage * 1000) / 10) }]}
        note={t('dashboard.coverageNote', { stamped: fmt(view.stamps.stamped), certified: fmt(view.stamps.certified) })}
      />
      <ChartPanel
        title={t('dashboard.alerts')} table="alerts" query={query} categoryLabel={t('dashboard.alertKind')} horizontal stacked format={fmt} categories={view.alerts.byKind.map((a) => t(`signalKinds.${a.kind}`, { defaultValue: a.kind }))}
        series={[{ label: t('dashboard.alertOpen'), color: PALETTE[3], values: view.alerts.byKind.map((a) => a.open) }, { label: t('dashboard.alertAck'), color: PALETTE[2], values: view.alerts.byKind.map((a) => a.acknowledged) }]}
      />
      <ChartPanel
        title={t('dashboard.funding', { year: view.meta.year })} table="funding" query={query} categoryLabel={t('dashboard.source')} horizontal format={(n) => num(lang, n)} categories={view.funding.bySource.map((s) => t(`fundingSources.${s.source}`, { defaultValue: s.name }))}
        series={[{ label: t('dashboard.billionsUnit'), color: PALETTE[1], values: view.funding.bySource.map((s) => Math.round(s.amount / 1e8) / 10) }]}
        note={t('dashboard.budgetNote', { budget: num(lang, view.funding.budgetSharePercent), provincial: num(lang, view.funding.provincialSharePercent), total: billions(lang, view.funding.total) })}
      />
      <ChartPanel
        title={t('dashboard.revenue', { year: view.meta.year })} table="economy" query={query} categoryLabel={t('dashboard.unit')} horizontal format={(n) => num(lang, n)} categories={economy.map((r) => r.name)}
        series={[{ label: t('dashboard.billionsUnit'), color: PALETTE[0], values: economy.map((r) => Math.round(r.revenue / 1e8) / 10) }]}
        note={t('dashboard.economyNote', { reports: fmt(view.economy.totals.reports), jobs: fmt(view.economy.totals.employees), newJobs: fmt(view.economy.totals.newJobs) })}
      />
      <TargetsPanel view={view} query={query} />
    </>
  );
}

function TargetsPanel({ view, query }: Props) {
  const { t, i18n } = useTranslation();
  return (
    <section className="card dash-panel" aria-label={t('dashboard.targets')} data-testid="panel-targets">
      <h2>{t('dashboard.targets')}</h2>
      {view.targets.length === 0 ? <p className="muted">{t('dashboard.noTargets')}</p> : null}
      <ul className="dash-list">
        {view.targets.map((g) => (
          <li key={`${g.year}-${g.metric}-${g.unitId ?? ''}`}>
            <span>{t(`dashboard.metrics.${g.metric}`, { defaultValue: g.metric })} — {g.year}: {num(i18n.language, g.actual)} / {num(i18n.language, g.target)}</span>
            <progress max={1} value={Math.min(1, g.progress)} aria-label={t('dashboard.progressOf', { metric: g.metric })} />
          </li>
        ))}
      </ul>
      <div className="dash-panel-foot"><Downloads table="targets" query={query} /></div>
    </section>
  );
}
