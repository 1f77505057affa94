import { NameDialog, type NameDialogProps } from '../../ui/name-dialog';

const TEXTS = {
  title: 'Who is annotating?',
  explanation:
    'Every annotation records its annotator, so that a class can compare work. Your name stays in this browser unless you export a file.',
  emptyMessage: 'Type your name (or initials) so your annotations can be told apart.',
  submitLabel: 'Start annotating',
};

/** Asked once, the first time someone annotates: every annotation records who made it. */
export function AnnotatorDialog(props: NameDialogProps) {
  return <NameDialog {...props} texts={TEXTS} />;
}
