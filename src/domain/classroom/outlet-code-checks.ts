import { fail, succeed, type ParseResult } from '../exchange/result';
import { checkUnique } from './file-annotations';

/** "Outlet A", "Outlet AB": a code never holds anything else (no outlet name can hide in it). */
const OUTLET_CODE_PATTERN = /^Outlet [A-Z]+$/;

export function isOutletCode(value: string): boolean {
  return OUTLET_CODE_PATTERN.test(value);
}

/** A list keyed by outlet code (guesses, a reveal): each entry a code, each code once. */
export function checkCodeList(list: readonly { code: string }[], at: string): ParseResult<true> {
  const unique = checkUnique(list, at, 'code', (entry) => entry.code);
  if (!unique.ok) return unique;
  const index = list.findIndex((entry) => !isOutletCode(entry.code));
  if (index === -1) return succeed(true);
  return fail(
    `${at}[${index}].code must be a code like "Outlet A" (got "${list[index]!.code.slice(0, 40)}")`,
    `${at}[${index}].code`,
  );
}
