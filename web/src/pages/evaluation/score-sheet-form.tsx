// A score sheet as radio buttons: parts → groups → criteria, each option with its points and the
// star it is the minimum for. Options that do not fit the producer's legal form stay visible but
// disabled, so the sheet reads like the printed one. Used by the producer's self-assessment and by
// council members' score sheets.
import { useTranslation } from 'react-i18next';
import type { Criterion, SheetDetail } from '../../api-evaluation.js';
import { localText } from '../../labels.js';
import { optionFits, sheetLayout, type Answers } from './sheet-score.js';

type Props = {
  detail: SheetDetail;
  answers: Answers;
  /** Legal forms of the producer (null: unknown, every option open). */
  forms: readonly string[] | null;
  providerCase: number | null;
  disabled?: boolean;
  onAnswer(code: string, position: number): void;
};

type CriterionProps = Omit<Props, 'detail' | 'answers' | 'onAnswer'> & { criterion: Criterion; value: number | undefined; onPick(position: number): void };

function CriterionField({ criterion, value, forms, providerCase, disabled = false, onPick }: CriterionProps) {
  const { t, i18n } = useTranslation();
  const legendId = `criterion-${criterion.code}`;
  return (
    <fieldset className={value === undefined ? 'criterion' : 'criterion criterion-done'} aria-labelledby={legendId} data-testid="criterion" data-code={criterion.code}>
      <legend id={legendId}>
        <span className="criterion-code">{criterion.code}</span> {localText(i18n.language, criterion.title)}{' '}
        <span className="muted small">{t('sheet.maxPoints', { count: criterion.maxPoints })}</span>
      </legend>
      {criterion.notes?.length ? (
        <details className="criterion-notes">
          <summary>{t('sheet.notes')}</summary>
          <ul>
            {criterion.notes.map((note) => (
              <li key={note}>{note}</li>
            ))}
          </ul>
        </details>
      ) : null}
      <div className="options">
        {criterion.options.map((option) => {
          const fits = optionFits(option, forms, providerCase);
          return (
            <label key={option.position} className={fits ? 'option' : 'option option-off'}>
              <input
                type="radio"
                name={criterion.code}
                value={option.position}
                checked={value === option.position}
                disabled={disabled || !fits}
                onChange={() => onPick(option.position)}
              />
              <span className="option-text">
                {localText(i18n.language, option.label)}
                {fits ? null : <span className="muted small"> — {t('sheet.notForType')}</span>}
              </span>
              <span className="option-meta">
                <span className="option-points">{t('sheet.points', { count: option.points })}</span>
                {option.minStar === undefined ? null : (
                  <span className="badge badge-star" title={t('sheet.markerTitle', { star: option.minStar })}>
                    {t('sheet.marker', { star: option.minStar })}
                  </span>
                )}
              </span>
            </label>
          );
        })}
      </div>
    </fieldset>
  );
}

export function ScoreSheetForm({ detail, answers, onAnswer, ...rest }: Props) {
  const { t, i18n } = useTranslation();
  const field = (criterion: Criterion) => (
    <CriterionField key={criterion.code} criterion={criterion} value={answers[criterion.code]} onPick={(position) => onAnswer(criterion.code, position)} {...rest} />
  );
  return (
    <div className="score-sheet">
      {sheetLayout(detail).map(({ part, groups, loose }) => (
        <section key={part.code} className="card sheet-part" aria-labelledby={`part-${part.code}`}>
          <h2 id={`part-${part.code}`}>
            {t('sheet.part', { code: part.code })} {localText(i18n.language, part.title)}{' '}
            <span className="muted small">{t('sheet.maxPoints', { count: part.maxPoints })}</span>
          </h2>
          {groups.map(({ group, criteria }) => (
            <div key={group.code} className="sheet-group">
              <h3>
                {group.code} {localText(i18n.language, group.title)}
              </h3>
              {criteria.map(field)}
            </div>
          ))}
          {loose.map(field)}
        </section>
      ))}
    </div>
  );
}
