// Gives Dexie a spec-compliant IndexedDB in Node.
import 'fake-indexeddb/auto';
