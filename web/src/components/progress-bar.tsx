import { useTranslation } from 'react-i18next';
import { formatPercent } from '../format.js';

type Props = { label: string; fraction: number; detail?: string };

/** A native <progress> with its value in words beside it, since the bar alone says little to a screen reader. */
export function ProgressBar({ label, fraction, detail }: Props) {
  const { i18n } = useTranslation();
  const share = Math.min(1, Math.max(0, fraction));
  return (
    <div className="progress">
      <div className="progress-head">
        <span>{label}</span>
        <strong data-testid="progress-value">{formatPercent(i18n.language, share)}</strong>
      </div>
      <progress max={1} value={share} aria-label={label} />
      {detail ? <p className="muted small">{detail}</p> : null}
    </div>
  );
}
