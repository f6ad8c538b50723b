/**
 * Issue 21: `npm run rules` prints every program's tables with their periods, check dates,
 * frames, rounds (締切, 交付決定, how sure, when checked) and last known deadline, from the
 * core's own tables (scripts/rules.mjs).
 */
import { execFileSync, spawnSync } from 'node:child_process';
import * as path from 'node:path';
import { ruleFacts } from '../../core';

const ROOT = path.join(__dirname, '../..');
const run = (...args: string[]): string => execFileSync(process.execPath, ['scripts/rules.mjs', ...args], { cwd: ROOT, encoding: 'utf8' });
const output = run('--date=2026-12-07');
const lines = output.split('\n');
const line = (pattern: RegExp): string => lines.find((l) => pattern.test(l)) ?? `(no line matches ${pattern})`;

test('the newest check date heads it; every table is there with its period and check date', () => {
  expect(lines[0]).toBe('ITHOJO ルール表 (rule tables) — ルール確認日 (rules last checked) 2026-12-07');
  for (const t of ruleFacts()) {
    expect(line(new RegExp(`^[★ ] ${t.title.replace(/[()]/g, '\\$&')} `))).toContain(`適用 (in force) ${t.from} 〜 ${t.until ?? '(現行 current)'}   ルール確認日 (checked) ${t.checkedOn}`);
  }
});

test('the December 2026 rounds, each with its tag and check date, and the last known deadlines', () => {
  expect(line(/^ +15次 /)).toMatch(/^ +15次 +2026-07-24 +— +— +確認 +2026-12-07 +updates-2026-12\.md §U1/);
  expect(line(/^ +6次 +2026-10-30/)).toMatch(/^ +6次 +2026-10-30 +— +— +VENDOR +2026-12-07 +updates-2026-12\.md §U4/);
  expect(line(/^ +2次 +2026-07-09/)).toMatch(/確認 +2026-12-07 +updates-2026-12\.md §U5/);
  expect(line(/^ +1次 +2026-04-27/)).toMatch(/VENDOR/);
  expect(output).toContain('最終締切 (last known deadline): 6次 2026-10-30 (要確認) — 締切済み・以降は未発表 (closed; no later round on record)');
  expect(output).toContain('最終締切 (last known deadline): 15次 2026-07-24 — 締切済み・以降は未発表');
  expect(output).toContain('最終締切 (last known deadline): 第4回 2026-06-19');
  expect(output).toContain('一覧のみ (listed, not computed): GXⅢ (トップ性能枠・メーカー強化枠)');
});

test('★ marks the table that answers by default on the day; one program by name; a bad date or name fails', () => {
  expect(line(/デジタル化・AI導入補助金2026 /)).toMatch(/^★/);
  expect(line(/IT導入補助金2025 /)).toMatch(/^ /);
  expect(run('--date=2026-03-29').split('\n').find((l) => l.includes('省エネ補助金 (令和6年度補正) '))).toMatch(/^★/);
  const energy = run('省エネ', '--date=2026-12-07');
  expect(energy).toContain('■ 省エネ補助金');
  expect(energy).not.toContain('事業承継');
  for (const args of [['--date=2026-1-7'], ['宇宙開発']]) {
    const r = spawnSync(process.execPath, ['scripts/rules.mjs', ...args], { cwd: ROOT, encoding: 'utf8' });
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/[\u3040-\u9fff].*\(/);
  }
});
