import { useState } from 'react';
import { Button } from '../../../ui/button';
import { errorText } from '../../../ui/error-text';
import { useToast } from '../../../ui/toast-context';
import { useDiscardOrphan } from '../api/orphan-mutations';
import { useOrphans } from '../api/orphans-query';
import { ReattachForm } from './reattach-form';
import { ErrorLine } from '../../../ui/alert';

const SHOWN = 100;

/** Imported annotations whose words could not be found, kept until re-attached or discarded. */
export function OrphansPanel() {
  const orphans = useOrphans();
  const discard = useDiscardOrphan();
  const toast = useToast();
  const [open, setOpen] = useState<string | null>(null);

  if (orphans.isPending) return <p role="status">Reading…</p>;
  if (orphans.isError) {
    return <ErrorLine>Could not read the orphaned annotations: {orphans.error.message}</ErrorLine>;
  }
  const list = orphans.data;
  if (list.length === 0) {
    return (
      <p className="text-sm text-slate-600" data-testid="no-orphans">
        None. Every imported annotation found its words.
      </p>
    );
  }
  return (
    <div className="flex flex-col gap-2">
      <p className="text-sm text-slate-600">
        {list.length.toLocaleString('en')} {list.length === 1 ? 'annotation' : 'annotations'}{' '}
        waiting.
        {list.length > SHOWN && ` The first ${SHOWN} are shown.`}
      </p>
      <ul className="flex flex-col gap-2" aria-label="Orphaned annotations">
        {list.slice(0, SHOWN).map((orphan) => {
          const id = orphan.annotation.id;
          return (
            <li key={id} className="rounded-md border border-slate-200 p-3 text-sm">
              <div className="flex flex-wrap items-start justify-between gap-2">
                <div>
                  <q className="font-serif text-base font-medium">
                    {orphan.annotation.exact || '(no quote)'}
                  </q>
                  <p className="text-slate-600">
                    {orphan.articleTitle ? `In “${orphan.articleTitle}”. ` : ''}
                    {orphan.reason}. From {orphan.fileName} ({orphan.where}).
                  </p>
                  {orphan.annotation.note && (
                    <p className="text-slate-600">Note: {orphan.annotation.note}</p>
                  )}
                </div>
                <div className="flex gap-2">
                  <Button
                    onClick={() => setOpen(open === id ? null : id)}
                    aria-expanded={open === id}
                  >
                    Re-attach…
                  </Button>
                  <Button
                    variant="ghost"
                    disabled={discard.isPending}
                    onClick={() =>
                      discard.mutate(id, {
                        onError: (error) =>
                          toast.show({
                            message: `Not discarded: ${errorText(error)}`,
                            tone: 'error',
                          }),
                      })
                    }
                  >
                    Discard
                  </Button>
                </div>
              </div>
              {open === id && <ReattachForm orphan={orphan} onDone={() => setOpen(null)} />}
            </li>
          );
        })}
      </ul>
    </div>
  );
}
