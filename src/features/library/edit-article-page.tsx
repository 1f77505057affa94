import { useState, type FormEvent } from 'react';
import { Link, useLocation } from 'wouter';
import {
  validateArticleMetadata,
  type ArticleMetadataInput,
  type FieldErrors,
} from '../../domain/article-input';
import { Button } from '../../ui/button';
import { ConfirmDialog } from '../../ui/confirm-dialog';
import { errorText } from '../../ui/error-text';
import { useToast } from '../../ui/toast-context';
import { useOutletMask, type ArticleListItem } from '../../db';
import { useArticles } from './api/articles-query';
import {
  useDeleteArticle,
  useUndoDeleteArticle,
  useUpdateArticleMetadata,
} from './api/article-mutations';
import { useLiveAnnotationCount } from './api/live-annotation-count-query';
import { ArticleMetadataFields } from './article-metadata-fields';

export function EditArticlePage({ articleId }: { articleId: string }) {
  const articles = useArticles();
  const mask = useOutletMask();
  if (articles.isPending) return <p role="status">Loading…</p>;
  if (articles.isError)
    return <p role="alert">Could not read the article: {articles.error.message}</p>;
  const item = articles.data.find((candidate) => candidate.id === articleId);
  if (!item) {
    return (
      <p role="alert" className="rounded-md border border-slate-200 bg-white p-4">
        This article does not exist (it may have been deleted).{' '}
        <Link href="/" className="text-blue-700 underline">
          Back to the library
        </Link>
      </p>
    );
  }
  if (mask.codes.has(item.outletId)) {
    // The form would show the outlet's name and link, which the assignment hides.
    return (
      <p role="status" className="rounded-md border border-slate-200 bg-white p-4">
        This article’s outlet is hidden by an outlet-blind assignment, so its details cannot be
        edited here.{' '}
        <Link href={`/articles/${item.id}`} className="text-blue-700 underline">
          Back to the article
        </Link>
      </p>
    );
  }
  return <EditArticleForm key={item.id} item={item} />;
}

function EditArticleForm({ item }: { item: ArticleListItem }) {
  const [metadata, setMetadata] = useState<ArticleMetadataInput>({
    outletName: item.outletName,
    title: item.title,
    published: item.published,
    url: item.url ?? '',
    language: item.language,
  });
  const [errors, setErrors] = useState<FieldErrors<ArticleMetadataInput>>({});
  const [confirmingDelete, setConfirmingDelete] = useState(false);
  const annotationCount = useLiveAnnotationCount(item.id).data;
  const update = useUpdateArticleMetadata();
  const remove = useDeleteArticle();
  const undo = useUndoDeleteArticle();
  const [, navigate] = useLocation();
  const toast = useToast();

  const save = async (event: FormEvent) => {
    event.preventDefault();
    const validated = validateArticleMetadata(metadata);
    if (!validated.ok) {
      setErrors(validated.errors);
      return;
    }
    setErrors({});
    try {
      await update.mutateAsync({ id: item.id, input: validated.value });
      toast.show({ message: 'Details saved.', tone: 'success' });
      navigate(`/articles/${item.id}`);
    } catch (error) {
      toast.show({ message: `Not saved: ${errorText(error)}`, tone: 'error' });
    }
  };

  const confirmDelete = async () => {
    setConfirmingDelete(false);
    try {
      const deleted = await remove.mutateAsync(item.id);
      navigate('/');
      toast.show({
        message: `Deleted “${deleted.article.title}”${deleted.annotations.length ? ` and its ${deleted.annotations.length} annotations` : ''}.`,
        durationMs: 10000,
        action: {
          label: 'Undo',
          onAction: () => {
            undo.mutate(deleted, {
              onError: (error) =>
                toast.show({ message: `Undo failed: ${errorText(error)}`, tone: 'error' }),
            });
          },
        },
      });
    } catch (error) {
      toast.show({ message: `Not deleted: ${errorText(error)}`, tone: 'error' });
    }
  };

  return (
    <section aria-labelledby="edit-title" className="mx-auto flex max-w-3xl flex-col gap-4">
      <h1 id="edit-title" className="text-2xl font-semibold">
        Edit article details
      </h1>
      <p className="text-sm text-slate-600">
        The text itself cannot be edited: annotation positions depend on it.
      </p>
      <form
        onSubmit={save}
        className="flex flex-col gap-4 rounded-md border border-slate-200 bg-white p-4"
        noValidate
      >
        <ArticleMetadataFields value={metadata} errors={errors} onChange={setMetadata} />
        <div className="flex flex-wrap justify-between gap-2">
          <Button
            variant="danger"
            onClick={() => setConfirmingDelete(true)}
            disabled={remove.isPending}
          >
            Delete article…
          </Button>
          <div className="flex gap-2">
            <Link
              href={`/articles/${item.id}`}
              className="rounded-md px-3 py-1.5 text-sm text-slate-700 hover:bg-slate-100"
            >
              Cancel
            </Link>
            <Button type="submit" variant="primary" disabled={update.isPending}>
              {update.isPending ? 'Saving…' : 'Save details'}
            </Button>
          </div>
        </div>
      </form>
      <ConfirmDialog
        open={confirmingDelete}
        title="Delete this article?"
        confirmLabel="Delete"
        danger
        onConfirm={() => void confirmDelete()}
        onCancel={() => setConfirmingDelete(false)}
      >
        “<bdi>{item.title}</bdi>” and its{' '}
        {annotationCount === undefined
          ? 'annotations'
          : `${annotationCount} ${annotationCount === 1 ? 'annotation' : 'annotations'}`}{' '}
        will be removed from this browser. You can undo for a few seconds.
      </ConfirmDialog>
    </section>
  );
}
