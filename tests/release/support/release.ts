/** Runs `npm run release`'s script as a publisher would, and reads what it wrote. */
import { execFileSync, spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { unzipSync } from 'fflate';

export const ROOT = path.join(__dirname, '../../..');
export const RELEASE = path.join(ROOT, 'dist/release');
export const SCRIPT = path.join(ROOT, 'scripts/release.mjs');

/** A release build for baseUrl; extra node arguments (a preload) and environment as given. */
export function release(baseUrl: string, nodeArgs: string[] = [], env: Record<string, string> = {}): string {
  return execFileSync(process.execPath, [...nodeArgs, SCRIPT], { cwd: ROOT, env: { ...process.env, ...env, ITHOJO_BASE_URL: baseUrl }, encoding: 'utf8', stdio: 'pipe' });
}

/** A release build that must be refused: its exit code and what it printed. */
export function refused(baseUrl: string | undefined): { status: number | null; output: string } {
  const env = { ...process.env };
  delete env.ITHOJO_BASE_URL;
  if (baseUrl !== undefined) env.ITHOJO_BASE_URL = baseUrl;
  const r = spawnSync(process.execPath, [SCRIPT], { cwd: ROOT, env, encoding: 'utf8' });
  return { status: r.status, output: `${r.stdout}${r.stderr}` };
}

/** A zip's entries: path → bytes, in the zip's order. */
export function unzip(file: string): Map<string, Buffer> {
  return new Map(Object.entries(unzipSync(fs.readFileSync(file))).map(([name, bytes]) => [name, Buffer.from(bytes)]));
}

/** Every file below dir: relative path ("/" separators) → bytes. */
export function filesOf(dir: string): Map<string, Buffer> {
  const out = new Map<string, Buffer>();
  for (const rel of fs.readdirSync(dir, { recursive: true }) as string[]) {
    const file = path.join(dir, rel);
    if (fs.statSync(file).isFile()) out.set(rel.split(path.sep).join('/'), fs.readFileSync(file));
  }
  return out;
}
