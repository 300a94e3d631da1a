import { useId } from 'react';
import { messages } from '../../i18n';

interface ClassPickerProps {
  value: 0 | 1;
  onChange: (value: 0 | 1) => void;
}

/** Which class a click on the plot adds: two radio buttons, each with its class's swatch. */
export function ClassPicker({ value, onChange }: ClassPickerProps) {
  const t = messages.boundary;
  const labelId = useId();
  const name = `boundary-class${useId()}`;
  return (
    <div className="boundary__class-picker" role="radiogroup" aria-labelledby={labelId}>
      <span id={labelId}>{t.newPointClass}</span>
      {([0, 1] as const).map((label) => (
        <label key={label}>
          <input
            type="radio"
            name={name}
            value={label}
            checked={value === label}
            onChange={() => onChange(label)}
          />
          <span className={`boundary__swatch boundary__swatch--class${label}`} aria-hidden="true" />
          {label === 0 ? t.class0 : t.class1}
        </label>
      ))}
    </div>
  );
}
