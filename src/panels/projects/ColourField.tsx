import { PROJECT_PALETTE } from '../../domain/palette';

interface ColourFieldProps {
  name: string;
  value: string;
  onChange(colour: string): void;
}

/**
 * The palette first (it stays distinguishable to colour-blind viewers), then any colour; the
 * note's text colour follows from it automatically.
 */
export function ColourField({ name, value, onChange }: ColourFieldProps) {
  return (
    <fieldset className="colour-field">
      <legend>Colour of {name}</legend>
      <div className="colour-swatches">
        {PROJECT_PALETTE.map((colour, i) => (
          <label key={colour} className="colour-swatch" style={{ backgroundColor: colour }}>
            <input
              type="radio"
              name={`colour-${name}`}
              checked={colour.toUpperCase() === value.toUpperCase()}
              onChange={() => onChange(colour)}
            />
            <span className="visually-hidden">Palette colour {i + 1}</span>
          </label>
        ))}
        <label className="colour-custom">
          Other
          <input
            type="color"
            value={value.toLowerCase()}
            onChange={(e) => onChange(e.target.value)}
          />
        </label>
      </div>
    </fieldset>
  );
}
