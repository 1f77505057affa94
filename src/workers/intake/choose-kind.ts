import type { FileKind, FileProbe, Intake } from '../../domain/exchange/registry/file-kind';

/** The kind of `intake` that claims the probe most surely, or null when none does. */
export function chooseKind(
  probe: FileProbe,
  kinds: readonly FileKind[],
  intake: Intake,
): FileKind | null {
  let best: { kind: FileKind; confidence: number } | null = null;
  for (const kind of kinds) {
    if (kind.intake !== intake) continue;
    const detection = kind.detect(probe);
    if (detection && (!best || detection.confidence > best.confidence)) {
      best = { kind, confidence: detection.confidence };
    }
  }
  return best?.kind ?? null;
}

/** The kind to explain a file no kind claimed, when `intake` has only one (its parse says why). */
export function onlyKind(kinds: readonly FileKind[], intake: Intake): FileKind | null {
  const candidates = kinds.filter((kind) => kind.intake === intake);
  return candidates.length === 1 ? (candidates[0] ?? null) : null;
}
