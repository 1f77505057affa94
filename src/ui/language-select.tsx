import { languageChoices, languageLabel, UNDETERMINED } from '../domain/text/language-tag';
import { inputClass } from './field';

interface Props {
  id: string;
  'aria-invalid': boolean;
  'aria-describedby'?: string;
  /** A BCP 47 tag, "und", or '' while nobody has chosen. */
  value: string;
  onChange: (tag: string) => void;
}

/** The language of an article: the common ones by name and tag, or "Not known". */
export function LanguageSelect({ value, onChange, ...props }: Props) {
  return (
    <select
      {...props}
      className={inputClass}
      value={value}
      onChange={(event) => onChange(event.target.value)}
    >
      <option value="">Choose the language…</option>
      {languageChoices(value).map(({ tag, label }) => (
        <option key={tag} value={tag}>
          {label}
        </option>
      ))}
      <option value={UNDETERMINED}>{languageLabel(UNDETERMINED)}</option>
    </select>
  );
}
