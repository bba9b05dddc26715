// Only the chart.js parts the dashboard draws (bar charts with a legend and tooltips), so the
// lazily loaded dashboard chunk stays small.
import { BarController, BarElement, CategoryScale, Chart, Legend, LinearScale, Tooltip } from 'chart.js';

Chart.register(BarController, BarElement, CategoryScale, LinearScale, Legend, Tooltip);

export { Chart };

export const STAR_COLORS = ['#8fb3de', '#2f6aa8', '#c99a1c'] as const;
export const PALETTE = ['#2f6aa8', '#4f8a5b', '#c99a1c', '#b5483b', '#7a5aa8', '#3c8d93'] as const;
