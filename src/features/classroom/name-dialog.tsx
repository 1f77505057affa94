import { NameDialog as AskName, type NameDialogProps } from '../../ui/name-dialog';

export type { NameDialogProps };

const TEXTS = {
  title: 'What is your name?',
  explanation:
    "Assignments carry their teacher's name and hand-ins their student's. Your name stays in this browser unless you download a file.",
  emptyMessage: 'Type your name (or initials): the class sees who made each file.',
  submitLabel: 'Continue',
};

/** Asked once: assignments name their teacher, hand-ins their student. */
export function NameDialog(props: NameDialogProps) {
  return <AskName {...props} texts={TEXTS} />;
}
