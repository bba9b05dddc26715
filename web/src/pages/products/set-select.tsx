import type { SelectHTMLAttributes } from 'react';
import { useTranslation } from 'react-i18next';
import { SelectField } from '../../components/field.js';
import { localText } from '../../labels.js';
import { useCatalogue } from '../../reference-data.js';

type Props = { label: string; error?: string } & SelectHTMLAttributes<HTMLSelectElement>;

/** The 26 product sets of the national criteria, grouped by sector and group. */
export function SetSelect({ label, error, ...select }: Props) {
  const { t, i18n } = useTranslation();
  const catalogue = useCatalogue();
  const name = (text: { vi: string; en?: string }) => localText(i18n.language, text);
  return (
    <SelectField label={label} error={error} {...select}>
      <option value="">{catalogue.data ? t('common.choose') : t('app.loading')}</option>
      {catalogue.data?.sectors.flatMap((sector) =>
        sector.groups.map((group) => (
          <optgroup key={group.code} label={`${name(sector.name)} › ${name(group.name)}`}>
            {group.sets.map((set) => (
              <option key={set.number} value={String(set.number)}>
                {set.number}. {name(set.name)}
              </option>
            ))}
          </optgroup>
        )),
      )}
    </SelectField>
  );
}
