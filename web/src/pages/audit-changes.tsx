import { useTranslation } from 'react-i18next';
import type { AuditEntry } from '../api-types.js';
import { diffSnapshots, formatValue } from '../audit-diff.js';

/** One side of a change; an empty side is shown plainly, not struck through or highlighted. */
function Value({ value, mark }: { value: unknown; mark: 'del' | 'ins' }) {
  const { t } = useTranslation();
  const empty = t('common.empty');
  const text = formatValue(value, empty);
  if (text === empty) return <span className="muted">{empty}</span>;
  return mark === 'del' ? <del>{text}</del> : <ins>{text}</ins>;
}

/** The changed fields of one audit entry as a small before/after table. */
export function AuditChanges({ entry }: { entry: AuditEntry }) {
  const { t } = useTranslation();
  const changes = diffSnapshots(entry.before, entry.after);
  if (changes.length === 0) return <p className="muted">{t('audit.noFieldChanged')}</p>;
  // A created record has no "before" and a deleted one no "after": drop the empty column.
  const showBefore = changes.some((change) => change.kind !== 'added');
  const showAfter = changes.some((change) => change.kind !== 'removed');
  return (
    <table className="diff-table">
      <thead>
        <tr>
          <th scope="col">{t('audit.field')}</th>
          {showBefore ? <th scope="col">{t('audit.before')}</th> : null}
          {showAfter ? <th scope="col">{t('audit.after')}</th> : null}
        </tr>
      </thead>
      <tbody>
        {changes.map((change) => (
          <tr key={change.field} className={`diff-${change.kind}`}>
            <th scope="row" className="mono">
              {change.field}
            </th>
            {showBefore ? (
              <td>
                <Value value={change.before} mark="del" />
              </td>
            ) : null}
            {showAfter ? (
              <td>
                <Value value={change.after} mark="ins" />
              </td>
            ) : null}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
