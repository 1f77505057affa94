import type { Assignment } from '../../../domain/classroom/classroom-types';

/** The assignment's outlet codes, each once, in order ("Outlet A", "Outlet B"…). */
export function outletCodesOf(assignment: Assignment): string[] {
  return [...new Set(Object.values(assignment.outletCodes))].sort((a, b) =>
    a.localeCompare(b, undefined, { numeric: true }),
  );
}
