/**
 * A1 references: "C7" and "D11:F21" as 0-based rows and columns, and back (column letters are the
 * core's, which also names the cells of a quote range).
 */
import { columnIndex, columnLetters } from '../core';

export interface Area {
  readonly r0: number;
  readonly c0: number;
  readonly r1: number;
  readonly c1: number;
}

const CELL = /^\$?([A-Z]{1,3})\$?([1-9][0-9]*)$/;

export { columnLetters };

export function cellName(r: number, c: number): string {
  return `${columnLetters(c)}${r + 1}`;
}

export function parseCell(a1: string): { r: number; c: number } {
  const m = CELL.exec(a1);
  if (!m) throw new Error(`not an A1 cell: ${a1}`);
  return { r: Number(m[2]) - 1, c: columnIndex(m[1]) };
}

export function parseArea(a1: string): Area {
  const [from, to = from] = a1.split(':');
  const a = parseCell(from);
  const b = parseCell(to);
  return { r0: Math.min(a.r, b.r), c0: Math.min(a.c, b.c), r1: Math.max(a.r, b.r), c1: Math.max(a.c, b.c) };
}

export function areaName(a: Area): string {
  const from = cellName(a.r0, a.c0);
  return a.r0 === a.r1 && a.c0 === a.c1 ? from : `${from}:${cellName(a.r1, a.c1)}`;
}

export function contains(a: Area, r: number, c: number): boolean {
  return r >= a.r0 && r <= a.r1 && c >= a.c0 && c <= a.c1;
}
