/**
 * Routing is by URL hash, so in-page "#id" links would change page: jump with script instead,
 * moving focus to the section's heading (`<id>-title`) for keyboard and screen-reader users.
 */
export function jumpToSection(id: string): void {
  document.getElementById(id)?.scrollIntoView({ behavior: 'smooth', block: 'start' });
  document.getElementById(`${id}-title`)?.focus({ preventScroll: true });
}
