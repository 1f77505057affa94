import { useRef, useState, type FormEvent } from 'react';
import { Link, useLocation } from 'wouter';
import {
  validateNewArticle,
  type ArticleMetadataInput,
  type FieldErrors,
  type NewArticleInput,
} from '../../domain/article-input';
import { Button } from '../../ui/button';
import { errorText } from '../../ui/error-text';
import { Field, inputClass } from '../../ui/field';
import { useToast } from '../../ui/toast-context';
import { useAddArticle } from './api/add-article-mutation';
import { ArticleMetadataFields } from './article-metadata-fields';
import { AlertBox } from '../../ui/alert';
import { detectLanguage } from '../../domain/text/detect-language';
import { useDetectedLanguage } from './use-detected-language';

const emptyMetadata: ArticleMetadataInput = {
  outletName: '',
  title: '',
  published: '',
  url: '',
  language: '',
};

export function AddArticlePage() {
  const [metadata, setMetadata] = useState(emptyMetadata);
  const [errors, setErrors] = useState<FieldErrors<NewArticleInput>>({});
  const [duplicate, setDuplicate] = useState<{ id: string; title: string } | null>(null);
  // The text box is uncontrolled: multi-megabyte pastes stay responsive.
  const textRef = useRef<HTMLTextAreaElement>(null);
  const addArticle = useAddArticle();
  const [, navigate] = useLocation();
  const toast = useToast();
  const detection = useDetectedLanguage((language) =>
    setMetadata((current) => ({ ...current, language })),
  );
  const changeMetadata = (next: ArticleMetadataInput) => {
    if (next.language !== metadata.language) detection.markChosen();
    setMetadata(next);
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setDuplicate(null);
    const text = textRef.current?.value ?? '';
    // Text set without an input event (a script, autofill) has not been looked at yet.
    const language = metadata.language || detectLanguage(text);
    const validated = validateNewArticle({ ...metadata, language, text });
    if (!validated.ok) {
      setErrors(validated.errors);
      return;
    }
    setErrors({});
    try {
      const result = await addArticle.mutateAsync(validated.value);
      if (result.status === 'duplicate') {
        setDuplicate({ id: result.existingId, title: result.existingTitle });
        return;
      }
      toast.show({ message: `Added “${validated.value.title}”.`, tone: 'success' });
      navigate(`/articles/${result.articleId}`);
    } catch (error) {
      toast.show({
        message: `The article was not saved: ${errorText(error)}`,
        tone: 'error',
      });
    }
  };

  return (
    <section aria-labelledby="add-title" className="mx-auto flex max-w-3xl flex-col gap-4">
      <h1 id="add-title" className="text-2xl font-semibold">
        Add an article
      </h1>
      <p className="text-sm text-slate-600">
        Paste the text of a news article. It is stored in this browser only. The text is kept
        exactly as pasted (line endings become LF), so annotation positions stay valid.
      </p>
      <form
        onSubmit={submit}
        className="flex flex-col gap-4 rounded-md border border-slate-200 bg-white p-4"
        noValidate
      >
        <ArticleMetadataFields
          value={metadata}
          errors={errors}
          onChange={changeMetadata}
          languageHint={detection.hint}
        />
        <Field label="Article text" error={errors.text}>
          {(props) => (
            <textarea
              {...props}
              ref={textRef}
              rows={14}
              className={`${inputClass} font-serif`}
              spellCheck={false}
              dir="auto"
              onInput={(event) => detection.detectFrom(event.currentTarget.value)}
            />
          )}
        </Field>
        {duplicate && (
          <AlertBox tone="warning" className="p-3">
            This text is already in the library as{' '}
            <Link href={`/articles/${duplicate.id}`} className="font-medium underline">
              {duplicate.title}
            </Link>
            . Nothing was added.
          </AlertBox>
        )}
        <div className="flex justify-end gap-2">
          <Link
            href="/"
            className="rounded-md px-3 py-1.5 text-sm text-slate-700 hover:bg-slate-100"
          >
            Cancel
          </Link>
          <Button type="submit" variant="primary" disabled={addArticle.isPending}>
            {addArticle.isPending ? 'Saving…' : 'Add article'}
          </Button>
        </div>
      </form>
    </section>
  );
}
