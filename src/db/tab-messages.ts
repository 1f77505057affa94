import { newId } from './ids';

/**
 * What open tabs tell each other about the database beyond its rows: that a restore replaced
 * it, and which unsaved drafts a restore would discard. Dexie's own change events say only that
 * rows changed, not that the whole database was replaced.
 */
const CHANNEL_NAME = 'framelens-tabs';

type TabMessage =
  | { type: 'drafts-query' }
  | { type: 'drafts'; tabId: string; drafts: string[] }
  | { type: 'restored' };

const tabId = newId();
const ownDrafts = new Map<string, string>();
const listeners = new Set<(message: TabMessage) => void>();
let channel: BroadcastChannel | null = null;

/** Messages come from other tabs of this origin; their shape is checked all the same. */
function readMessage(data: unknown): TabMessage | null {
  if (typeof data !== 'object' || data === null) return null;
  const message = data as Record<string, unknown>;
  if (message.type === 'drafts-query' || message.type === 'restored') {
    return { type: message.type };
  }
  if (
    message.type === 'drafts' &&
    typeof message.tabId === 'string' &&
    Array.isArray(message.drafts) &&
    message.drafts.every((draft) => typeof draft === 'string')
  ) {
    return { type: 'drafts', tabId: message.tabId, drafts: message.drafts as string[] };
  }
  return null;
}

function openChannel(): BroadcastChannel | null {
  if (channel || typeof BroadcastChannel === 'undefined') return channel;
  channel = new BroadcastChannel(CHANNEL_NAME);
  channel.addEventListener('message', (event: MessageEvent) => {
    const message = readMessage(event.data);
    if (!message) return;
    if (message.type === 'drafts-query') announceDrafts();
    for (const listener of listeners) listener(message);
  });
  return channel;
}

function announceDrafts() {
  openChannel()?.postMessage({ type: 'drafts', tabId, drafts: [...ownDrafts.values()] });
}

/** Marks an unsaved draft of this tab (`description` e.g. 'note on “militants” in “Title”'). */
export function holdUnsavedDraft(key: string, description: string): () => void {
  ownDrafts.set(key, description);
  announceDrafts();
  return () => {
    if (ownDrafts.get(key) !== description) return;
    ownDrafts.delete(key);
    announceDrafts();
  };
}

/**
 * Follows the unsaved drafts of every other open tab: asks them now, then hears each change.
 * Returns the function that stops following.
 */
export function watchOtherTabsDrafts(onChange: (drafts: string[]) => void): () => void {
  const byTab = new Map<string, string[]>();
  const listener = (message: TabMessage) => {
    if (message.type !== 'drafts') return;
    byTab.set(message.tabId, message.drafts);
    onChange([...byTab.values()].flat());
  };
  listeners.add(listener);
  openChannel()?.postMessage({ type: 'drafts-query' });
  return () => listeners.delete(listener);
}

/** Tells every other tab that a restore has just replaced the whole database. */
export function announceRestore(): void {
  openChannel()?.postMessage({ type: 'restored' });
}

export function onRestoredElsewhere(callback: () => void): () => void {
  const listener = (message: TabMessage) => {
    if (message.type === 'restored') callback();
  };
  listeners.add(listener);
  openChannel();
  return () => listeners.delete(listener);
}
