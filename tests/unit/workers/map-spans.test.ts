import { describe, expect, test } from 'vitest';
import {
  packMapSpans,
  spanBuffers,
  unpackMapSpans,
} from '../../../src/workers/agreement/map-spans';
import { makeAnnotation } from '../db/exchange-test-helpers';

//           0         1         2         3
//           0123456789012345678901234567890123456789
const text = 'Militants seized the town, the army said.';

describe('the spans handed to the map worker', () => {
  test('keep who, which label and where of the counted annotations on the article only', () => {
    const militants = makeAnnotation('art-1', text, 'Militants', {
      annotatorId: 'ann-a',
      labelId: 'actor-label',
    });
    const seized = makeAnnotation('art-1', text, 'seized', {
      annotatorId: 'ann-b',
      labelId: 'action-framing',
    });
    const army = makeAnnotation('art-1', text, 'army', {
      annotatorId: 'ann-a',
      labelId: 'actor-label',
    });
    const deleted = { ...makeAnnotation('art-1', text, 'town'), deleted: 1 as const };
    const rejected = {
      ...makeAnnotation('art-1', text, 'said'),
      status: 'rejected-suggestion' as const,
    };
    const elsewhere = makeAnnotation('art-2', text, 'town');
    const spans = packMapSpans([militants, deleted, seized, rejected, elsewhere, army], 'art-1');

    // Ada and Ben, actor-label and action-framing, each listed once in first-seen order.
    expect(spans.annotatorIds).toEqual(['ann-a', 'ann-b']);
    expect(spans.labelIds).toEqual(['actor-label', 'action-framing']);
    // Militants [0, 9), seized [10, 16), army [31, 35).
    expect([...spans.starts]).toEqual([0, 10, 31]);
    expect([...spans.ends]).toEqual([9, 16, 35]);
    expect(unpackMapSpans(spans)).toEqual([
      { articleId: 'art-1', annotatorId: 'ann-a', labelId: 'actor-label', start: 0, end: 9 },
      { articleId: 'art-1', annotatorId: 'ann-b', labelId: 'action-framing', start: 10, end: 16 },
      { articleId: 'art-1', annotatorId: 'ann-a', labelId: 'actor-label', start: 31, end: 35 },
    ]);
  });

  test('survive a structured clone that transfers their buffers', () => {
    const spans = packMapSpans(
      [makeAnnotation('art-1', text, 'town', { annotatorId: 'ann-a', labelId: 'loaded' })],
      'art-1',
    );
    const moved = structuredClone(spans, { transfer: spanBuffers(spans) });
    // town is [21, 25); the sender's arrays are emptied by the transfer.
    expect(unpackMapSpans(moved)).toEqual([
      { articleId: 'art-1', annotatorId: 'ann-a', labelId: 'loaded', start: 21, end: 25 },
    ]);
    expect(spans.starts.length).toBe(0);
  });
});
