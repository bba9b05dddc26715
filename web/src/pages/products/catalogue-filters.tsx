// Sector → group → product set, each narrowing the next, from GET /catalogue.
import { useTranslation } from 'react-i18next';
import { SelectField } from '../../components/field.js';
import { localText } from '../../labels.js';
import { useCatalogue } from '../../reference-data.js';

export type CatalogueChoice = { sectorCode: string; groupCode: string; setNumber: string };

type Props = { value: CatalogueChoice; onChange(value: CatalogueChoice): void };

export function CatalogueFilters({ value, onChange }: Props) {
  const { t, i18n } = useTranslation();
  const catalogue = useCatalogue();
  const sectors = catalogue.data?.sectors ?? [];
  const groups = sectors.filter((s) => value.sectorCode === '' || s.code === value.sectorCode).flatMap((s) => s.groups);
  const sets = groups.filter((g) => value.groupCode === '' || g.code === value.groupCode).flatMap((g) => g.sets);
  const name = (text: { vi: string; en?: string }) => localText(i18n.language, text);
  return (
    <>
      <SelectField
        label={t('products.sector')}
        value={value.sectorCode}
        onChange={(event) => onChange({ sectorCode: event.target.value, groupCode: '', setNumber: '' })}
      >
        <option value="">{t('products.allSectors')}</option>
        {sectors.map((sector) => (
          <option key={sector.code} value={sector.code}>
            {sector.code}. {name(sector.name)}
          </option>
        ))}
      </SelectField>
      <SelectField
        label={t('products.group')}
        value={value.groupCode}
        onChange={(event) => onChange({ ...value, groupCode: event.target.value, setNumber: '' })}
      >
        <option value="">{t('products.allGroups')}</option>
        {groups.map((group) => (
          <option key={group.code} value={group.code}>
            {group.code}. {name(group.name)}
          </option>
        ))}
      </SelectField>
      <SelectField
        label={t('products.set')}
        value={value.setNumber}
        onChange={(event) => onChange({ ...value, setNumber: event.target.value })}
      >
        <option value="">{t('products.allSets')}</option>
        {sets.map((set) => (
          <option key={set.number} value={String(set.number)}>
            {set.number}. {name(set.name)}
          </option>
        ))}
      </SelectField>
    </>
  );
}
