// Picks an administrative unit from either map: the one before the 1 July 2025 reorganisation
// (districts and their communes) or today's (communes, wards, special zones). Producers filed
// under an old unit stay findable, and the server folds old units into their successors.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Unit } from '../api-types.js';
import { isOldUnit, useUnits, type UnitIndex } from '../reference-data.js';
import { Choice } from './choice.js';
import { SelectField } from './field.js';

type Period = 'before' | 'after';

const byName = (a: Unit, b: Unit) => a.name.localeCompare(b.name, 'vi');

function periodOf(index: UnitIndex | undefined, id: string): Period {
  const unit = index?.byId.get(id);
  return unit !== undefined && isOldUnit(unit) ? 'before' : 'after';
}

function OldUnitOptions({ index, withDistricts }: { index: UnitIndex; withDistricts: boolean }) {
  const { t } = useTranslation();
  const old = index.all.filter(isOldUnit);
  const districts = old.filter((unit) => unit.level === 'district').sort(byName);
  return districts.map((district) => (
    <optgroup key={String(district.id)} label={district.name}>
      {withDistricts ? (
        <option value={String(district.id)}>{t('unitPicker.wholeDistrict', { name: district.name })}</option>
      ) : null}
      {old
        .filter((unit) => unit.level === 'commune' && String(unit.parentId) === String(district.id))
        .sort(byName)
        .map((unit) => (
          <option key={String(unit.id)} value={String(unit.id)}>
            {unit.name}
          </option>
        ))}
    </optgroup>
  ));
}

function NewUnitOptions({ index }: { index: UnitIndex }) {
  return index.all
    .filter((unit) => unit.level === 'commune' && !isOldUnit(unit))
    .sort(byName)
    .map((unit) => (
      <option key={String(unit.id)} value={String(unit.id)}>
        {unit.name}
      </option>
    ));
}

type Props = {
  label: string;
  name: string;
  value: string;
  onChange(id: string): void;
  /** The first option, meaning "no unit" (a filter's "all units"). */
  emptyLabel: string;
  /** Offer whole districts of the old map (useful to filter, not to file a producer under). */
  withDistricts?: boolean;
  error?: string;
};

export function UnitPicker({ label, name, value, onChange, emptyLabel, withDistricts = false, error }: Props) {
  const { t } = useTranslation();
  const units = useUnits();
  const [chosen, setChosen] = useState<Period | null>(null);
  // Until the user picks a map, show the one the current value belongs to.
  const period = chosen ?? periodOf(units.data, value);
  const switchTo = (next: Period) => {
    setChosen(next);
    if (next !== period && value !== '') onChange('');
  };
  return (
    <div className="unit-picker">
      <Choice
        legend={t('unitPicker.period')}
        name={`${name}-period`}
        value={period}
        options={[['before', t('units.before')], ['after', t('units.after')]]}
        onChange={switchTo}
      />
      <SelectField label={label} name={name} value={value} error={error} onChange={(event) => onChange(event.target.value)}>
        <option value="">{units.data ? emptyLabel : t('app.loading')}</option>
        {units.data && period === 'before' ? <OldUnitOptions index={units.data} withDistricts={withDistricts} /> : null}
        {units.data && period === 'after' ? <NewUnitOptions index={units.data} /> : null}
      </SelectField>
    </div>
  );
}
