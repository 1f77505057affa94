import { useMutation } from '@tanstack/react-query';
import { recordAcceptedSuggestions, recordSuggestionFeedback } from '../../../db';
import { errorText } from '../../../ui/error-text';
import { useToast } from '../../../ui/toast-context';

type Feedback =
  | { outcome: 'accepted'; annotatorId: string; entryIds: string[] }
  | { outcome: 'rejected'; annotatorId: string; entryId: string };

function writeFeedback(feedback: Feedback): Promise<void> {
  return feedback.outcome === 'accepted'
    ? recordAcceptedSuggestions(feedback.annotatorId, feedback.entryIds)
    : recordSuggestionFeedback(feedback.annotatorId, feedback.entryId, 'rejected');
}

/**
 * Counts what the person did with suggestions, per lexicon entry (rejected entries rank down).
 * The annotation itself is already stored; a failure here says so and loses only the count.
 */
export function useRecordSuggestionFeedback() {
  const toast = useToast();
  return useMutation({
    mutationFn: writeFeedback,
    onError: (error) =>
      toast.show({
        message: `Your annotation was saved, but not counted for ranking suggestions: ${errorText(error)}`,
        tone: 'error',
      }),
  });
}
