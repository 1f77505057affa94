import type { CSSProperties } from 'react';

const cover = (side: string) => `linear-gradient(to ${side}, white 30%, rgb(255 255 255 / 0))`;
const shadow = (at: string) =>
  `radial-gradient(farthest-side at ${at} 50%, rgb(15 23 42 / 0.28), rgb(15 23 42 / 0))`;

/**
 * Shadows on the edges of a box that scrolls sideways, shown only on a side with more to
 * see: white covers travel with the content (attachment `local`) and hide a shadow once its
 * end is reached. For boxes on a white background.
 */
export const sideScrollShadows: CSSProperties = {
  backgroundColor: 'white',
  backgroundImage: [cover('right'), cover('left'), shadow('0'), shadow('100%')].join(', '),
  backgroundPosition: 'left center, right center, left center, right center',
  backgroundRepeat: 'no-repeat',
  backgroundSize: '40px 100%, 40px 100%, 14px 100%, 14px 100%',
  backgroundAttachment: 'local, local, scroll, scroll',
};
