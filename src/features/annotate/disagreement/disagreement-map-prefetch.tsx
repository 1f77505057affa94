import { useEffect } from 'react';
import { tableVersion } from '../../../db';
import { prepareMapArticle } from '../../../workers/agreement/agreement-client';
import { CODING_TABLES } from '../../../workers/agreement/agreement-protocol';

/**
 * Opened at #/articles/ID/disagreement: the agreement worker starts, reads the article's text
 * (splitting it into words) and who coded it the moment the route matches, while the reader
 * reads and paints the article, so that the map is computed as soon as the reader's
 * annotations are handed over.
 */
export function DisagreementMapPrefetch({ articleId }: { articleId: string }) {
  useEffect(() => {
    // Only a head start: the map's own request reads whatever this could not.
    prepareMapArticle(articleId, tableVersion(CODING_TABLES)).catch(() => undefined);
  }, [articleId]);
  return null;
}
