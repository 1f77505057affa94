import { ShortcutsSheet } from '../shortcuts-help';
import type { AnnotationWorkspaceState } from '../use-annotation-workspace';
import { FindBox } from './find-box';

/** The find box (/) or the Shortcuts sheet (?), when one is open. */
export function KeyPanels({
  text,
  workspace,
}: {
  text: string;
  workspace: AnnotationWorkspaceState;
}) {
  const { keys, find, commands } = workspace;
  if (keys.panel === 'help') return <ShortcutsSheet onClose={keys.closePanel} />;
  if (keys.panel !== 'find') return null;
  return (
    <FindBox
      text={text}
      from={find.from}
      labels={workspace.data.labels}
      onFound={find.select}
      onLabel={(labelId) => {
        keys.closePanel();
        commands.pickLabel(labelId);
      }}
      onClose={keys.closePanel}
    />
  );
}
