// One dashboard chart: a bar chart drawn by chart.js, the same numbers as an accessible table
// behind a toggle, and the download of the server's table behind it (CSV or .xlsx).
import { useEffect, useId, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { apiHref, type Query } from '../../api.js';
import type { TableKey } from '../../api-dashboard.js';
import { Chart } from './chart-setup.js';

export type Series = { label: string; color: string; values: number[] };

const LABEL_MAX = 26;

/** Long category names are shortened on the axis; the tooltip and the table keep them whole. */
function shortLabel(label: string): string {
  return label.length <= LABEL_MAX ? label : `${label.slice(0, LABEL_MAX - 1)}…`;
}

type ChartProps = {
  categories: string[];
  series: Series[];
  horizontal?: boolean;
  stacked?: boolean;
  /** Chart height in CSS pixels; horizontal charts grow with their rows. */
  height?: number;
  format?: (n: number) => string;
};

function BarChart({ categories, series, horizontal = false, stacked = false, height = 260, format = String, label }: ChartProps & { label: string }) {
  const canvas = useRef<HTMLCanvasElement>(null);
  const size = horizontal ? Math.max(height, categories.length * 26 + 60) : height;
  useEffect(() => {
    if (canvas.current === null) return undefined;
    const chart = new Chart(canvas.current, {
      type: 'bar',
      data: { labels: categories, datasets: series.map((s) => ({ label: s.label, data: s.values, backgroundColor: s.color, borderRadius: 2 })) },
      options: {
        indexAxis: horizontal ? 'y' : 'x',
        responsive: true,
        maintainAspectRatio: false,
        animation: false,
        plugins: { legend: { display: series.length > 1, position: 'bottom' }, tooltip: { callbacks: { label: (c) => `${c.dataset.label ?? ''}: ${format(Number(c.raw))}` } } },
        scales: {
          x: { stacked, ticks: horizontal ? { callback: (v) => format(Number(v)) } : { callback: (_v, i) => shortLabel(categories[i] ?? '') } },
          y: { stacked, ticks: horizontal ? { autoSkip: false, callback: (_v, i) => shortLabel(categories[i] ?? '') } : { callback: (v) => format(Number(v)) } },
        },
      },
    });
    return () => chart.destroy();
  }, [categories, series, horizontal, stacked, format]);
  return (
    <div className="dash-chart" style={{ height: `${size}px` }}>
      <canvas ref={canvas} role="img" aria-label={label} />
    </div>
  );
}

function DataTable({ id, caption, categories, series, format, categoryLabel }: { id: string; caption: string; categories: string[]; series: Series[]; format: (n: number) => string; categoryLabel: string }) {
  return (
    <div className="dash-table-wrap" id={id}>
      <table className="dash-table">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{categoryLabel}</th>
            {series.map((s) => <th key={s.label} scope="col">{s.label}</th>)}
          </tr>
        </thead>
        <tbody>
          {categories.map((c, i) => (
            <tr key={c}>
              <th scope="row">{c}</th>
              {series.map((s) => <td key={s.label}>{format(s.values[i] ?? 0)}</td>)}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

export function Downloads({ table, query }: { table: TableKey; query: Query }) {
  const { t } = useTranslation();
  return (
    <p className="dash-downloads" data-testid={`download-${table}`}>
      {`${t('dashboard.download')} (`}
      <a href={apiHref(`/dashboard/${table}.csv`, query)} download>CSV</a>
      {'/'}
      <a href={apiHref(`/dashboard/${table}.xlsx`, query)} download>XLSX</a>
      {')'}
    </p>
  );
}

type PanelProps = ChartProps & { title: string; table: TableKey; query: Query; categoryLabel: string; note?: ReactNode; wide?: boolean };

export function ChartPanel({ title, table, query, categoryLabel, note, wide = false, ...chart }: PanelProps) {
  const { t } = useTranslation();
  const [showTable, setShowTable] = useState(false);
  const tableId = useId();
  const format = chart.format ?? String;
  const empty = chart.categories.length === 0;
  return (
    <section className={`card dash-panel${wide ? ' dash-wide' : ''}`} aria-label={title} data-testid={`panel-${table}`}>
      <h2>{title}</h2>
      {note === undefined ? null : <p className="muted small">{note}</p>}
      {empty ? <p className="muted">{t('dashboard.noData')}</p> : <BarChart {...chart} label={t('dashboard.chartOf', { title })} />}
      <div className="dash-panel-foot">
        <button type="button" className="link-button" aria-expanded={showTable} aria-controls={tableId} onClick={() => setShowTable((v) => !v)} disabled={empty}>
          {showTable ? t('dashboard.hideTable') : t('dashboard.showTable')}
        </button>
        <Downloads table={table} query={query} />
      </div>
      {showTable ? <DataTable id={tableId} caption={title} categories={chart.categories} series={chart.series} format={format} categoryLabel={categoryLabel} /> : null}
    </section>
  );
}
