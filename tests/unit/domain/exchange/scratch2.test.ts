import { it } from 'vitest';
import { makePlacementText, placeSpan } from '../../../../src/domain/exchange/foreign-import';
import { quoteSelector, makeOffsetConverter } from '../../../../src/domain/text/quote-selector';
it('x', () => {
  const text = '🇸🇾 Militants and the regime traded accusations. '.repeat(5000);
  const data = JSON.parse(JSON.stringify({ text })).text as string;
  let t = performance.now();
  for (let i = 0; i < 2000; i++) quoteSelector(text, (i % 5000) * 49 + 5, (i % 5000) * 49 + 14);
  console.log('qs same', performance.now() - t); t = performance.now();
  for (let i = 0; i < 2000; i++) quoteSelector(data, (i % 5000) * 49 + 5, (i % 5000) * 49 + 14);
  console.log('qs parsed', performance.now() - t); t = performance.now();
  const p = makePlacementText(data);
  console.log('mk', performance.now() - t, p.unchanged); t = performance.now();
  for (let i = 0; i < 2000; i++) placeSpan(p, (i % 5000) * 49 + 5, (i % 5000) * 49 + 14, 'Militants');
  console.log('place', performance.now() - t); t = performance.now();
  const c = makeOffsetConverter(data);
  for (let i = 0; i < 2000; i++) c.toUtf16(i * 10);
  console.log('conv', performance.now() - t); t = performance.now();
});
