import type { ArticleMetadataInput, FieldErrors } from '../../domain/article-input';
import { useOutletMask } from '../../db';
import { Field, inputClass } from '../../ui/field';
import { LanguageSelect } from '../../ui/language-select';
import { useOutlets } from './api/outlets-query';

interface Props {
  value: ArticleMetadataInput;
  errors: FieldErrors<ArticleMetadataInput>;
  onChange: (value: ArticleMetadataInput) => void;
  /** What the Language field says about its value (e.g. that it was told from the text). */
  languageHint?: string;
}

/** Outlet (pick an existing one or type a new name), title, date, source link and language. */
export function ArticleMetadataFields({ value, errors, onChange, languageHint }: Props) {
  const outlets = useOutlets();
  // Outlets an outlet-blind assignment hides are not offered by name.
  const mask = useOutletMask();
  const set = (field: keyof ArticleMetadataInput) => (event: { target: { value: string } }) =>
    onChange({ ...value, [field]: event.target.value });
  return (
    <div className="grid gap-4 sm:grid-cols-2">
      <Field label="Outlet" error={errors.outletName} hint="Pick one or type a new outlet name.">
        {(props) => (
          <>
            <input
              {...props}
              className={inputClass}
              value={value.outletName}
              onChange={set('outletName')}
              list="outlet-names"
              autoComplete="off"
            />
            <datalist id="outlet-names">
              {(outlets.data ?? [])
                .filter((outlet) => !mask.codes.has(outlet.id))
                .map((outlet) => (
                  <option key={outlet.id} value={outlet.name} />
                ))}
            </datalist>
          </>
        )}
      </Field>
      <Field label="Title" error={errors.title}>
        {(props) => (
          <input
            {...props}
            dir="auto"
            className={inputClass}
            value={value.title}
            onChange={set('title')}
          />
        )}
      </Field>
      <Field
        label="Published"
        error={errors.published}
        hint="2024, 2024-09 or 2024-09-30; leave empty if unknown."
      >
        {(props) => (
          <input
            {...props}
            className={inputClass}
            value={value.published}
            onChange={set('published')}
            placeholder="YYYY-MM-DD"
          />
        )}
      </Field>
      <Field label="Source link (optional)" error={errors.url}>
        {(props) => (
          <input
            {...props}
            className={inputClass}
            value={value.url}
            onChange={set('url')}
            placeholder="https://"
            inputMode="url"
          />
        )}
      </Field>
      <Field
        label="Language"
        error={errors.language}
        hint={languageHint ?? 'The language the article is written in.'}
      >
        {(props) => (
          <LanguageSelect
            {...props}
            value={value.language}
            onChange={(language) => onChange({ ...value, language })}
          />
        )}
      </Field>
    </div>
  );
}
