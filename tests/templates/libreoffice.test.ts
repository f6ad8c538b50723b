/**
 * Another spreadsheet program prints the templates: LibreOffice (headless, no ITHOJO add-in)
 * converts them to PDF in one run, and poppler's pdfinfo/pdftotext read the pages. 見積書 fits
 * A4 portrait (at most 2 pages), シナリオ表 one landscape page width; both show the answers stored
 * in the file (no #NAME?), in Japanese only. Two variants written by the same writer check what
 * LibreOffice computes itself: the 和暦 switch turned on, and the quote with every stored answer
 * of its ordinary formulas removed (LibreOffice recalculates them from the formula text, a probe
 * with a quoted string among them).
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { quoteFrameNames } from '../../templates/catalog';
import { op, str } from '../../templates/expr';
import { templateById } from '../../templates';
import { workbookBytes } from '../../templates/ooxml/workbook';
import { ROOT, templateFile } from './workbook';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const core = require(path.join(ROOT, 'dist/core/ithojo.cjs')) as Record<string, (...args: unknown[]) => unknown>;

const SOFFICE = '/usr/bin/soffice';
const POPPLER = ['/usr/bin/pdfinfo', '/usr/bin/pdftotext'];
/** Points of an A4 page, portrait (width, height). */
const A4: readonly [number, number] = [595, 842];
/** A probe among the quote's formulas: a string holding double quotes, written as Excel writes it. */
const PROBE = { at: 'A30', formula: op('&', str('見積 "税込" 表記'), str('の確認')) };
const PROBE_TEXT = '見積 "税込" 表記の確認';

let dir: string;
const pdfs = new Map<string, { pages: number; size: [number, number]; text: string }>();
/** Tokyo's day before and after LibreOffice ran: TODAY() is one of them. */
let days: string[];

/** The quote with 西暦/和暦 set to 和暦: the conditional format shows its dates in the Japanese era. */
function quoteInEra(): Uint8Array {
  const layout = templateById('quote');
  return workbookBytes({ ...layout, cells: layout.cells.map((c) => (c.at === 'H10' ? { ...c, value: '和暦' } : c)) });
}

/** The quote and the probe with no stored answer in its ordinary formulas: LibreOffice computes them. */
function quoteRecomputed(): Uint8Array {
  const layout = templateById('quote');
  const files = unzipSync(workbookBytes({ ...layout, cells: [...layout.cells, PROBE] }));
  const sheet = strFromU8(files['xl/worksheets/sheet1.xml']);
  const stripped = sheet.replace(/<c r="([A-Z]+\d+)"([^>]*?)( t="str")?><f>((?:(?!ITHOJO)[^<])*)<\/f><v>[^<]*<\/v><\/c>/g, '<c r="$1"$2><f>$4</f></c>');
  expect(stripped).not.toBe(sheet);
  files['xl/worksheets/sheet1.xml'] = strToU8(stripped);
  return zipSync(files);
}

const tokyoDay = () => new Date(Date.now() + 9 * 3600_000).toISOString().slice(0, 10);

beforeAll(() => {
  for (const tool of [SOFFICE, ...POPPLER]) {
    if (!existsSync(tool)) throw new Error(`${tool} is missing: install Debian's libreoffice-calc-nogui and poppler-utils, as .ci/run does`);
  }
  dir = mkdtempSync(path.join(os.tmpdir(), 'ithojo-soffice-'));
  const inputs = { 'quote.xlsx': templateFile('見積書.xlsx'), 'scenarios.xlsx': templateFile('シナリオ表.xlsx'), 'quote-era.xlsx': quoteInEra(), 'quote-recomputed.xlsx': quoteRecomputed() };
  for (const [name, bytes] of Object.entries(inputs)) writeFileSync(path.join(dir, name), bytes);
  days = [tokyoDay()];
  // one LibreOffice start for every file; its dates in Tokyo's calendar
  execFileSync(SOFFICE, [`-env:UserInstallation=file://${dir}/profile`, '--headless', '--convert-to', 'pdf', '--outdir', dir, ...Object.keys(inputs).map((n) => path.join(dir, n))], {
    stdio: 'pipe', timeout: 120_000, env: { ...process.env, TZ: 'Asia/Tokyo' },
  });
  days.push(tokyoDay());
  for (const name of Object.keys(inputs)) {
    const pdf = path.join(dir, name.replace('.xlsx', '.pdf'));
    const info = execFileSync(POPPLER[0], [pdf], { encoding: 'utf8' });
    const size = /Page size:\s+([\d.]+) x ([\d.]+) pts/.exec(info)!;
    pdfs.set(name, { pages: Number(/Pages:\s+(\d+)/.exec(info)![1]), size: [Math.round(Number(size[1])), Math.round(Number(size[2]))], text: execFileSync(POPPLER[1], ['-layout', pdf, '-'], { encoding: 'utf8' }) });
  }
}, 180_000);

afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

/** The printed line that holds `label` (the first one). */
function line(name: string, label: string): string {
  const hit = pdfs.get(name)!.text.split('\n').find((l) => l.includes(label));
  if (hit === undefined) throw new Error(`${name}: no printed line holds ${label}`);
  return hit;
}

/** Latin words of three letters or more, once the names of frames (PMI専門家活用類型) are taken out. */
function englishWords(text: string): string[] {
  const rest = quoteFrameNames().reduce((t, n) => t.split(n).join(''), text);
  return rest.match(/[A-Za-z]{3,}/g) ?? [];
}

const yen = (n: unknown) => `${(n as number).toLocaleString('ja-JP')}円`;
const western = (day: string) => day.replace(/^(\d+)-0?(\d+)-0?(\d+)$/, '$1年$2月$3日');
// 令和 began in 2019 (令和元年 = 2019): enough for every day these tests run on
const era = (day: string) => day.replace(/^(\d+)-0?(\d+)-0?(\d+)$/, (_m, y: string, m: string, d: string) => `令和${Number(y) - 2018}年${m}月${d}日`);
const plus30 = (day: string) => new Date(Date.parse(`${day}T00:00:00Z`) + 30 * 86_400_000).toISOString().slice(0, 10);

test('見積書 prints on one A4 portrait page (at most 2), シナリオ表 on one landscape page width', () => {
  expect([pdfs.get('quote.xlsx')!.pages <= 2, pdfs.get('quote.xlsx')!.size]).toEqual([true, A4]);
  expect([pdfs.get('scenarios.xlsx')!.pages, pdfs.get('scenarios.xlsx')!.size]).toEqual([1, [A4[1], A4[0]]]);
});

test('見積書 shows its stored answers: the lines, 小計・消費税・合計, 御見積金額, the subsidy 615,000円 and 738,000円 with tax', () => {
  expect(line('quote.xlsx', '御見積金額 (税込)')).toContain('1,353,000円');
  expect(line('quote.xlsx', 'クラウド利用料 (24か月)')).toMatch(/24\s+20,000円\s+クラウド\s+480,000円\s+24か月/);
  expect([line('quote.xlsx', '小計 (税抜)'), line('quote.xlsx', '消費税 (10%)'), line('quote.xlsx', '合計 (税込)')].map((l) => l.trim().split(/\s+/).pop())).toEqual(['1,230,000円', '123,000円', '1,353,000円']);
  expect(line('quote.xlsx', '補助金見込額')).toMatch(/通常枠\s+補助金見込額\s+615,000円$/);
  expect(line('quote.xlsx', '補助率 (実効)')).toMatch(/中小企業\s+補助率 \(実効\)\s+50\.0%$/);
  expect(line('quote.xlsx', '自己負担額 (税込)')).toMatch(/自己負担額 \(税込\)\s+738,000円$/);
  expect(pdfs.get('quote.xlsx')!.text).not.toMatch(/#NAME\?|#VALUE!|Err:\d+/);
});

test('見積書: 発行日 is the day it is printed (LibreOffice recalculates TODAY()), 有効期限 30 days later', () => {
  expect(days.map(western)).toContain(line('quote.xlsx', '発行日').trim().split(/\s+/).pop());
  expect(days.map((d) => western(plus30(d)))).toContain(line('quote.xlsx', '有効期限').trim().split(/\s+/).pop());
});

test('the 和暦 switch: with 和暦 chosen, the dates print in the Japanese era', () => {
  expect(days.map(era)).toContain(line('quote-era.xlsx', '発行日').trim().split(/\s+/).pop());
});

test('シナリオ表 shows each row\'s stored answers, the core\'s for that row', () => {
  core.setClock?.(() => Date.parse(`${templateById('scenarios').asOf}T12:00:00+09:00`));
  try {
    const layout = templateById('scenarios');
    const input = (at: string) => layout.cells.find((c) => c.at === at)?.value ?? null;
    quoteFrameNames().forEach((frame, i) => {
      const row = [`A${6 + i}`, `B${6 + i}`, `C${6 + i}`, `D${6 + i}`].map(input);
      expect(row[0]).toBe(frame);
      const [amount, rate, selfPay] = ['AMOUNT', 'RATE', 'SELFPAY'].map((id) => core[id](...row));
      const printed = line('scenarios.xlsx', `${frame} `).trim().split(/\s+/).slice(-3);
      expect([frame, printed]).toEqual([frame, [yen(amount), `${((rate as number) * 100).toFixed(1)}%`, yen(selfPay)]]);
    });
  } finally {
    core.setClock?.(null);
  }
  expect(pdfs.get('scenarios.xlsx')!.text).not.toMatch(/#NAME\?|#VALUE!|Err:\d+/);
});

test('no English on either printed page (the English help is in notes, which do not print; the 判定 column is not printed)', () => {
  for (const name of ['quote.xlsx', 'scenarios.xlsx']) expect([name, englishWords(pdfs.get(name)!.text)]).toEqual([name, []]);
  expect(pdfs.get('scenarios.xlsx')!.text).not.toContain('判定');
  expect(pdfs.get('quote.xlsx')!.text).not.toContain('作業欄');
});

test('LibreOffice computes the ordinary formulas from their text to the answers stored in the file, the quoted-string probe too', () => {
  expect(line('quote-recomputed.xlsx', '御見積金額 (税込)')).toContain('1,353,000円');
  expect(line('quote-recomputed.xlsx', 'ソフトウェア')).toMatch(/1\s+600,000円\s+ソフトウェア\s+600,000円/);
  expect(line('quote-recomputed.xlsx', '合計 (税込)').trim().split(/\s+/).pop()).toBe('1,353,000円');
  expect(days.map((d) => western(plus30(d)))).toContain(line('quote-recomputed.xlsx', '有効期限').trim().split(/\s+/).pop());
  expect(line('quote-recomputed.xlsx', '表記の確認').trim()).toBe(PROBE_TEXT);
});
