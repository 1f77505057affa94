import { QueryClient, QueryObserver } from '@tanstack/react-query';
import { describe, expect, it } from 'vitest';
import { refreshAfterChange } from '../../../src/app/refresh-after-change';

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

/** A cache holding two annotation queries read once (value 'before'), the stored value now 'after'. */
async function cacheReadBeforeAWrite() {
  const client = new QueryClient({ defaultOptions: { queries: { staleTime: Infinity } } });
  let stored = 'before';
  const reads: string[] = [];
  const options = (articleId: string) => ({
    queryKey: ['annotations', 'article', articleId],
    queryFn: async () => {
      reads.push(articleId);
      return stored;
    },
  });
  await client.fetchQuery(options('shown'));
  await client.fetchQuery(options('not shown'));
  // A view shows the first one: it has a subscribed observer.
  const onScreen = new QueryObserver(client, options('shown'));
  const unsubscribe = onScreen.subscribe(() => undefined);
  reads.length = 0;
  stored = 'after';
  return { client, options, onScreen, unsubscribe, reads };
}

describe('the cache after a committed change', () => {
  it('reads a query on screen again, and drops one no view shows', async () => {
    const { client, onScreen, unsubscribe, reads } = await cacheReadBeforeAWrite();
    refreshAfterChange(client, ['annotations']);
    await settle();
    // Only the query on screen is read again, once; it now holds the new value.
    expect(reads).toEqual(['shown']);
    expect(onScreen.getCurrentResult().data).toBe('after');
    // The other is gone: a view opening it later starts with nothing, never with 'before'.
    expect(client.getQueryData(['annotations', 'article', 'not shown'])).toBeUndefined();
    unsubscribe();
  });

  it('a view opening a dropped query waits for the new data instead of showing the old', async () => {
    const { client, options, unsubscribe } = await cacheReadBeforeAWrite();
    refreshAfterChange(client, ['annotations']);
    const later = new QueryObserver(client, options('not shown'));
    const shown: unknown[] = [later.getCurrentResult().data];
    const stop = later.subscribe((result) => shown.push(result.data));
    await settle();
    expect(shown.filter((data) => data !== undefined)).toEqual(['after']);
    stop();
    unsubscribe();
  });

  it('leaves queries under other tables alone', async () => {
    const { client, unsubscribe, reads } = await cacheReadBeforeAWrite();
    // A lexicon change refreshes the lexicon root only (dependentRootsByTable).
    refreshAfterChange(client, ['lexicon']);
    await settle();
    expect(reads).toEqual([]);
    expect(client.getQueryData(['annotations', 'article', 'not shown'])).toBe('before');
    unsubscribe();
  });
});
