// Pieces the idea and business-plan pages share: the tabs between the two lists and the
// round selector.
import type { SelectHTMLAttributes } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api.js';
import { RoundPage } from '../../api-cycle.js';
import { SelectField } from '../../components/field.js';
import { Link } from '../../components/link.js';
import { useResource } from '../../use-resource.js';

export function CycleTabs({ current }: { current: 'ideas' | 'plans' }) {
  const { t } = useTranslation();
  return (
    <nav className="tabs" aria-label={t('cycle.tabs')}>
      <Link to="/ideas" aria-current={current === 'ideas' ? 'page' : undefined}>
        {t('nav.ideas')}
      </Link>
      <Link to="/business-plans" aria-current={current === 'plans' ? 'page' : undefined}>
        {t('nav.plans')}
      </Link>
    </nav>
  );
}

export function useRounds() {
  return useResource('rounds:all', (signal) => api('/rounds', RoundPage, { query: { pageSize: 200 }, signal }));
}

type RoundSelectProps = { label: string; emptyLabel: string; error?: string; forIdeas?: boolean } & SelectHTMLAttributes<HTMLSelectElement>;

/** Steps before idea intake closes: a new idea can still be submitted in these rounds. */
const BEFORE_INTAKE_CLOSES: ReadonlySet<string> = new Set(['upcoming', 'promotion', 'idea_intake']);

/** Rounds newest first; `forIdeas` keeps those that still take ideas (plus the current value). */
export function RoundSelect({ label, emptyLabel, error, forIdeas = false, ...select }: RoundSelectProps) {
  const { t } = useTranslation();
  const rounds = useRounds();
  const keep = (round: { id: number; step: string }) =>
    !forIdeas || BEFORE_INTAKE_CLOSES.has(round.step) || String(round.id) === select.value;
  const items = (rounds.data?.items ?? []).filter(keep);
  return (
    <SelectField label={label} error={error} {...select}>
      <option value="">{rounds.data ? emptyLabel : t('app.loading')}</option>
      {items.map((round) => (
        <option key={round.id} value={String(round.id)}>
          {round.name}
        </option>
      ))}
    </SelectField>
  );
}
