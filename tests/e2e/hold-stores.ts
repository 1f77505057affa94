import type { Page } from 'playwright-core';

/**
 * Keeps a read-write transaction on `stores` busy from the page, so that the import worker's
 * reads of them wait: the file stays "being checked" for as long as the test needs, whatever
 * the machine's speed. `release` lets the transaction end.
 */
export async function holdStores(page: Page, stores: string[]): Promise<void> {
  await page.evaluate(
    (names) =>
      new Promise<void>((resolve, reject) => {
        const request = indexedDB.open('framelens');
        request.onerror = () => reject(request.error);
        request.onsuccess = () => {
          const database = request.result;
          const transaction = database.transaction(names, 'readwrite');
          const hold = { on: true };
          (window as { __hold?: typeof hold }).__hold = hold;
          const [first = ''] = names;
          const spin = () => {
            if (hold.on) transaction.objectStore(first).count().onsuccess = spin;
          };
          spin();
          transaction.oncomplete = () => database.close();
          resolve();
        };
      }),
    stores,
  );
}

export async function releaseStores(page: Page): Promise<void> {
  await page.evaluate(() => {
    const hold = (window as { __hold?: { on: boolean } }).__hold;
    if (hold) hold.on = false;
  });
}
