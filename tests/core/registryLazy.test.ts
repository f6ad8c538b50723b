/**
 * The registry indexes IT's tables at load and the other programs' on the first call that needs
 * one (core/rules/registry.ts; Apps Script reads them from their own file then). Each test loads a
 * fresh registry whose door to the other programs (core/rules/otherPrograms) counts its reads, and
 * checks that names and tables resolve exactly as with every table indexed.
 */
import { allTables } from '../../core';
import { OTHER_PROGRAM_TABLES } from '../../core/rules/otherPrograms/tables';

type Registry = typeof import('../../core/rules/registry');

const TODAY = '2026-12-01';

/** A registry loaded anew; `tables` stands in for the other programs' file (a throw is a failed read). */
function freshRegistry(tables: () => readonly unknown[] = () => OTHER_PROGRAM_TABLES): { registry: Registry; reads: () => number } {
  let reads = 0;
  let registry: Registry | undefined;
  jest.isolateModules(() => {
    jest.doMock('../../core/rules/otherPrograms', () => ({
      otherProgramTables: () => {
        reads++;
        return tables();
      },
    }));
    registry = require('../../core/rules/registry') as Registry;
  });
  return { registry: registry!, reads: () => reads };
}

const NAMES = allTables().flatMap((t) => t.frames.flatMap((f) => [f.name, f.id, ...f.aliases].map((name) => [t.programId, name, f.id] as const)));

test('an IT name, the table it selects and an earlier IT year read nothing', () => {
  const { registry, reads } = freshRegistry();
  expect(registry.frameIdOf('通常枠')).toBe('it-normal');
  expect(registry.selectEntry('it-normal', undefined, TODAY).entry.table.title).toBe('デジタル化・AI導入補助金2026');
  expect(registry.selectEntry('it-normal', 2025, TODAY).entry.table.title).toBe('IT導入補助金2025');
  expect(registry.selectEntry('it-invoice', undefined, '2025-10-01').entry.table.title).toBe('IT導入補助金2025');
  expect(reads()).toBe(0);
});

test.each(NAMES.filter(([program]) => program !== 'it'))('%s: "%s" reads the other programs once and names %s', (_program, name, id) => {
  const { registry, reads } = freshRegistry();
  expect(registry.frameIdOf(name)).toBe(id);
  expect(registry.frameIdOf(name)).toBe(id);
  expect(registry.frameIdOf('通常枠')).toBe('it-normal');
  expect(reads()).toBe(1);
});

test('a name no IT frame has reads the other programs once, then is unknown', () => {
  const { registry, reads } = freshRegistry();
  expect(registry.frameIdOf('ない枠')).toBeUndefined();
  expect(registry.frameIdOf('ない枠')).toBeUndefined();
  expect(reads()).toBe(1);
});

test('the lists read the other programs and hold every table, in the order of allTables()', () => {
  const { registry, reads } = freshRegistry();
  expect(registry.programNames()).toEqual([...new Set(allTables().map((t) => t.program))]);
  expect(registry.allTables().map((t) => t.title)).toEqual(allTables().map((t) => t.title));
  expect(registry.frameNames().length).toBe(new Set(allTables().flatMap((t) => t.frames.map((f) => f.id))).size);
  expect(reads()).toBe(1);
});

test('a failed read leaves nothing half-indexed: the next call reads again', () => {
  let fail = true;
  const { registry, reads } = freshRegistry(() => {
    if (fail) throw new Error('no HTML file named CoreOtherPrograms');
    return OTHER_PROGRAM_TABLES;
  });
  expect(() => registry.frameIdOf('事業承継促進枠')).toThrow('CoreOtherPrograms');
  expect(registry.frameIdOf('通常枠')).toBe('it-normal');
  fail = false;
  expect(registry.frameIdOf('事業承継促進枠')).toBe('ma-succession');
  expect(reads()).toBe(2);
});

test('a set that would resolve differently from indexing all at once is refused', () => {
  const it2025 = allTables().find((t) => t.title === 'IT導入補助金2025')!;
  const clash = { ...OTHER_PROGRAM_TABLES[0], frames: [{ ...OTHER_PROGRAM_TABLES[0].frames[0], aliases: ['通常枠'] }] };
  expect(() => freshRegistry(() => [it2025]).registry.allTables()).toThrow('program it has tables in two sets');
  expect(() => freshRegistry(() => [clash]).registry.allTables()).toThrow('frame name "通常枠" means both it-normal and');
  const stolenId = { ...OTHER_PROGRAM_TABLES[0], frames: [{ ...OTHER_PROGRAM_TABLES[0].frames[0], id: 'it-normal', aliases: [] }] };
  expect(() => freshRegistry(() => [stolenId]).registry.allTables()).toThrow('frame id it-normal is in two programs');
});
