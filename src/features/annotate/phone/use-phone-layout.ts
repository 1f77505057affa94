import { useSyncExternalStore } from 'react';

/** Phones and small tablets: the annotation tools come to the words in a bottom sheet. */
const PHONE_QUERY = '(max-width: 640px)';

function subscribe(onChange: () => void) {
  const query = window.matchMedia(PHONE_QUERY);
  query.addEventListener('change', onChange);
  return () => query.removeEventListener('change', onChange);
}

/** True while the window is phone-sized (≤ 640 px wide); follows rotation and resizing. */
export function usePhoneLayout(): boolean {
  return useSyncExternalStore(subscribe, () => window.matchMedia(PHONE_QUERY).matches);
}
