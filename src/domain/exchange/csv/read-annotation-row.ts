import type { AnnotationStatus, Voice } from '../../types';
import { z } from '../../validation/zod';
import { fail, succeed, type ParseResult } from '../result';
import {
  deletedSchema,
  isoTimestampText,
  nonEmptyString,
  readOffsetPair,
  spanOffsetsSchema,
  statusSchema,
  valenceSchema,
  voiceSchema,
} from '../schemas';
import { integerCell } from './csv-cells';
import type { RowCells } from './csv-table';

/**
 * One row of an annotation CSV, checked field by field in column order, each with the shared
 * schema; the message names the row and the column: `row 3 (column valence): "7" must be …`.
 */

export interface AnnotationRow {
  id: string;
  articleId: string;
  start: number;
  end: number;
  valence: number;
  voice: Voice;
  status: AnnotationStatus;
  deleted: 0 | 1;
  createdAt: string;
  updatedAt: string;
  labelName: string;
}

/** "0" or "1" (blank reads as 0). */
const deletedCell = z
  .enum(['0', '1'])
  .transform((value) => Number(value))
  .pipe(deletedSchema);

type Bad = (column: string, problem: string) => ParseResult<never>;

function badAt(row: number): Bad {
  return (column, problem) => fail(`row ${row} (column ${column}): ${problem}`, `row ${row}`);
}

function readIdentity(
  cells: RowCells,
  row: number,
  seen: Map<string, number>,
): ParseResult<{ id: string; articleId: string }> {
  const bad = badAt(row);
  const id = nonEmptyString.safeParse(cells.text('id') ?? '');
  if (!id.success) return bad('id', 'the id is empty');
  const earlier = seen.get(id.data);
  if (earlier !== undefined) {
    return bad(
      'id',
      `"${id.data}" is used twice (also in row ${earlier}); every annotation needs its own id`,
    );
  }
  seen.set(id.data, row);
  const articleId = nonEmptyString.safeParse(cells.text('article_id') ?? '');
  if (!articleId.success) return bad('article_id', 'the article id is empty');
  return succeed({ id: id.data, articleId: articleId.data });
}

function readOffsets(cells: RowCells, row: number): ParseResult<{ start: number; end: number }> {
  const bad = badAt(row);
  const start = integerCell(cells.raw('start') ?? '');
  const end = integerCell(cells.raw('end') ?? '');
  const pair = readOffsetPair({ start, end }, spanOffsetsSchema);
  if (pair.ok) return succeed({ start: pair.start, end: pair.end });
  if (pair.problem !== 'not-whole') {
    return bad('end', `end (${String(end)}) is before start (${String(start)})`);
  }
  return pair.field === 'start'
    ? bad('start', `"${cells.raw('start')}" must be a whole number ≥ 0`)
    : bad('end', `"${cells.raw('end')}" must be a whole number`);
}

function readAttributes(
  cells: RowCells,
  row: number,
): ParseResult<Pick<AnnotationRow, 'valence' | 'voice' | 'status' | 'deleted'>> {
  const bad = badAt(row);
  const valenceRaw = cells.raw('valence') ?? '0';
  const valence = valenceSchema.safeParse(valenceRaw.trim() === '' ? 0 : integerCell(valenceRaw));
  if (!valence.success) return bad('valence', `"${valenceRaw}" must be an integer from -2 to 2`);
  const voiceText = cells.text('voice') || 'own';
  const voice = voiceSchema.safeParse(voiceText);
  if (!voice.success) return bad('voice', `"${voiceText}" must be own, quoted or attributed`);
  const statusText = cells.text('status') || 'accepted';
  const status = statusSchema.safeParse(statusText);
  if (!status.success) {
    return bad('status', `"${statusText}" must be accepted or rejected-suggestion`);
  }
  const deletedRaw = (cells.raw('deleted') ?? '0').trim() || '0';
  const deleted = deletedCell.safeParse(deletedRaw);
  if (!deleted.success) return bad('deleted', `"${deletedRaw}" must be 0 or 1`);
  return succeed({
    valence: valence.data,
    voice: voice.data,
    status: status.data,
    deleted: deleted.data,
  });
}

function readTimes(
  cells: RowCells,
  row: number,
  importedAt: string,
): ParseResult<{ createdAt: string; updatedAt: string }> {
  const bad = badAt(row);
  const createdAt = cells.text('created_at') ?? importedAt;
  if (!isoTimestampText.safeParse(createdAt).success) {
    return bad('created_at', `"${createdAt}" must be an ISO 8601 timestamp`);
  }
  const updatedAt = cells.text('updated_at') ?? createdAt;
  if (!isoTimestampText.safeParse(updatedAt).success) {
    return bad('updated_at', `"${updatedAt}" must be an ISO 8601 timestamp`);
  }
  return succeed({ createdAt, updatedAt });
}

/** The row's fields in column order; the first problem found refuses the file. */
export function readAnnotationRow(
  cells: RowCells,
  row: number,
  seen: Map<string, number>,
  importedAt: string,
): ParseResult<AnnotationRow> {
  const identity = readIdentity(cells, row, seen);
  if (!identity.ok) return identity;
  const offsets = readOffsets(cells, row);
  if (!offsets.ok) return offsets;
  const attributes = readAttributes(cells, row);
  if (!attributes.ok) return attributes;
  const times = readTimes(cells, row, importedAt);
  if (!times.ok) return times;
  const labelName = nonEmptyString.safeParse(cells.text('label') ?? '');
  if (!labelName.success) return badAt(row)('label', 'the label is empty');
  return succeed({
    ...identity.value,
    ...offsets.value,
    ...attributes.value,
    ...times.value,
    labelName: labelName.data,
  });
}
