type ChoiceProps<T extends string> = {
  legend: string;
  name: string;
  value: T;
  options: [T, string][];
  onChange(value: T): void;
};

/** Radio buttons drawn as a segmented control: native keyboard behaviour, large touch targets. */
export function Choice<T extends string>({ legend, name, value, options, onChange }: ChoiceProps<T>) {
  return (
    <fieldset className="segmented">
      <legend>{legend}</legend>
      {options.map(([option, label]) => (
        <label key={option}>
          <input type="radio" name={name} value={option} checked={value === option} onChange={() => onChange(option)} />
          <span>{label}</span>
        </label>
      ))}
    </fieldset>
  );
}
