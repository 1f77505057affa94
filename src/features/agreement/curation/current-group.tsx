import { useEffect, useRef } from 'react';
import { useArticle, useOutletMask } from '../../../db';
import { titleForDisplay } from '../../../domain/classroom/outlet-mask';
import { CurationActionsBar } from './curation-actions-bar';
import { EditVersionForm } from './edit-version-form';
import { GroupPanel } from './group-panel';
import type { useCurationController } from './use-curation-controller';
import { useCurationNames } from './use-curation-names';
import { AcceptedGold } from './accepted-gold';
import { VersionsTable } from './versions-table';

type Controller = ReturnType<typeof useCurationController>;

/** The current group with its versions, the actions, and the edit form when editing. */
export function CurrentGroup({ controller }: { controller: Controller }) {
  const { cursor, groups, progress, actions, busy, canUndo } = controller;
  const group = cursor.group;
  const article = useArticle(group?.articleId ?? null);
  const mask = useOutletMask();
  const names = useCurationNames();
  const regionRef = useRef<HTMLElement>(null);

  // A screen reader follows the curator to the new group (the status line says the count).
  useEffect(() => {
    regionRef.current?.focus();
  }, [group?.key]);

  if (!group) return null;
  const version = group.versions[cursor.pickedIndex];
  const decision = progress.decisions.get(group.key);
  const title = article.data
    ? titleForDisplay(mask, article.data.article, article.data.outlet?.name ?? '')
    : '';
  return (
    <GroupPanel
      ref={regionRef}
      group={group}
      position={cursor.index + 1}
      total={groups.length}
      title={title}
      text={article.data?.article.text ?? null}
      decision={decision}
    >
      {decision?.annotationId && (
        <AcceptedGold annotationId={decision.annotationId} names={names} />
      )}
      <VersionsTable
        versions={group.versions}
        picked={cursor.pickedIndex}
        onPick={(at) => cursor.pick(group.key, at)}
        names={names}
      />
      <CurationActionsBar
        actions={actions}
        decided={Boolean(decision)}
        busy={busy}
        canUndo={canUndo}
      />
      {cursor.editing && version && (
        <EditVersionForm
          initial={version}
          labels={names.labels}
          actors={names.actors}
          saving={busy}
          onAccept={(edited) =>
            controller.decide({ kind: 'edit', group, version: edited }, [group.key])
          }
          onCancel={() => cursor.setEditing(null)}
        />
      )}
    </GroupPanel>
  );
}
