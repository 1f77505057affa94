/** A label, with the colour the codebook gives it. */
export interface LabelSwatch {
  labelId: string;
  labelName: string;
  color: string;
}

/** For a label id the codebook no longer has (e.g. imported annotations). */
export const UNKNOWN_LABEL_COLOR = '#94a3b8';

/** Thin outline so that light label colours (the codebook's yellow) stay visible on white. */
export const BAR_OUTLINE = { stroke: '#0f172a', strokeOpacity: 0.35, strokeWidth: 0.75 } as const;

export const FONT_SIZE = 11;
