import type { ReactNode } from 'react';
import { sideScrollShadows } from '../../../ui/scroll-shadow';
import { tableWrap } from './table-styles';

/** A table that may be wider than the page: scrollable, and reachable with the keyboard. */
export function ScrollRegion({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div
      role="region"
      aria-label={label}
      tabIndex={0}
      className={tableWrap}
      style={sideScrollShadows}
    >
      {children}
    </div>
  );
}
