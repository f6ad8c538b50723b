/**
 * Another spreadsheet program opens the templates: LibreOffice (headless) converts them to CSV
 * as it displays them. It has no ITHOJO add-in, so it shows #NAME? in those cells; every other
 * cell — labels, number formats, SUM/IF/ROUNDDOWN, the 西暦 and 和暦 date formats — must show as
 * Excel would.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { templateById } from '../../templates';
import { templateFile } from './workbook';

/** The quote's date as Excel's western and Japanese-era formats show it. */
const [year, month, day] = templateById('quote').asOf.split('-').map(Number);
const WESTERN_DAY = `${year}年${month}月${day}日`;
// 令和 began in 2019 (令和元年 = 2019): enough for every rule year the tables hold
const ERA_DAY = `令和${year - 2018}年${month}月${day}日`;

const SOFFICE = '/usr/bin/soffice';
let dir: string;
const csv = new Map<string, string[][]>();

/** RFC 4180 rows. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') field += text[++i];
      else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') (row.push(field), (field = ''));
    else if (ch === '\n') (row.push(field), rows.push(row), (row = []), (field = ''));
    else if (ch !== '\r') field += ch;
  }
  if (field !== '' || row.length > 0) (row.push(field), rows.push(row));
  return rows;
}

/**
 * The quote with the 和暦 switch's own format (the conditional format's) as E2's format: LibreOffice
 * writes CSV without conditional formats, so this shows how it displays that format code.
 */
function quoteInEraFormat(): Uint8Array {
  const files = unzipSync(templateFile('見積書.xlsx'));
  const styles = strFromU8(files['xl/styles.xml']);
  const era = /<dxf><numFmt numFmtId="\d+" formatCode="([^"]+)"\/><\/dxf>/.exec(styles)![1];
  const western = /<numFmt numFmtId="\d+" formatCode="(yyyy[^"]+)"\/>/.exec(styles)![1];
  files['xl/styles.xml'] = strToU8(styles.split(`formatCode="${western}"`).join(`formatCode="${era}"`));
  return zipSync(files);
}

/** The quote as LibreOffice saves it (ODS: styles.xml and content.xml), to see what it made of the conditional format. */
function odsXml(): string {
  execFileSync(SOFFICE, [`-env:UserInstallation=file://${dir}/profile`, '--headless', '--convert-to', 'ods', '--outdir', dir, path.join(dir, 'quote.xlsx')], { stdio: 'pipe', timeout: 90_000 });
  const files = unzipSync(readFileSync(path.join(dir, 'quote.ods')));
  return strFromU8(files['styles.xml']) + strFromU8(files['content.xml']);
}

beforeAll(() => {
  if (!existsSync(SOFFICE)) throw new Error(`${SOFFICE} is missing: install Debian's libreoffice-calc-nogui, as .ci/run does`);
  dir = mkdtempSync(path.join(os.tmpdir(), 'ithojo-soffice-'));
  const inputs = { 'quote.xlsx': templateFile('見積書.xlsx'), 'scenarios.xlsx': templateFile('シナリオ表.xlsx'), 'quote-era.xlsx': quoteInEraFormat() };
  for (const [name, bytes] of Object.entries(inputs)) writeFileSync(path.join(dir, name), bytes);
  // UTF-8 (76), first line 1, "save cell contents as shown" (the 9th token): the CSV holds the displayed text
  execFileSync(SOFFICE, [
    `-env:UserInstallation=file://${dir}/profile`, '--headless', '--convert-to', 'csv:Text - txt - csv (StarCalc):44,34,76,1,,1041,false,true,true',
    '--outdir', dir, ...Object.keys(inputs).map((n) => path.join(dir, n)),
  ], { stdio: 'pipe', timeout: 90_000 });
  for (const name of Object.keys(inputs)) csv.set(name, parseCsv(readFileSync(path.join(dir, name.replace('.xlsx', '.csv')), 'utf8')));
}, 120_000);

afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

const cell = (name: string, ref: string) => {
  const rows = csv.get(name)!;
  return rows[Number(ref.slice(1)) - 1]?.[ref.charCodeAt(0) - 65] ?? '';
};

test('見積書 opens: labels, lines, totals and formats as displayed', () => {
  expect(cell('quote.xlsx', 'A1')).toBe('御見積書 (Quotation)');
  expect(cell('quote.xlsx', 'E2')).toBe(WESTERN_DAY);
  expect(['A12', 'B12', 'C12', 'D12', 'E12'].map((r) => cell('quote.xlsx', r))).toEqual(['ソフトウェア', '1', '600,000円', 'ソフトウェア', '600,000円']);
  expect(cell('quote.xlsx', 'F13')).toBe('24か月');
  expect(['E22', 'E23', 'E24'].map((r) => cell('quote.xlsx', r))).toEqual(['1,230,000円', '123,000円', '1,353,000円']);
  expect(cell('quote.xlsx', 'D27')).toBe('補助金見込額');
});

test('見積書: the ITHOJO cells are #NAME? without the add-in (and only those)', () => {
  for (const r of ['E27', 'E28', 'E29', 'E30', 'A37']) expect([r, cell('quote.xlsx', r)]).toEqual([r, '#NAME?']);
  expect(csv.get('quote.xlsx')!.flat().filter((x) => x === '#NAME?').length).toBeGreaterThanOrEqual(5);
  expect(csv.get('quote.xlsx')!.slice(0, 26).flat()).not.toContain('#NAME?');
});

test('the 和暦 format code shows the date in the Japanese era', () => {
  expect(cell('quote-era.xlsx', 'E2')).toBe(ERA_DAY);
});

test('LibreOffice keeps the switch: E2 takes an era (gengou) date style while E3 is 和暦', () => {
  const content = odsXml();
  const cf = /<calcext:conditional-format calcext:target-range-address="[^".]*\.E2:[^".]*\.E2">\s*<calcext:condition calcext:apply-style-name="([^"]+)" calcext:value="formula-is\(\[\.\$E\$3\]=&quot;和暦&quot;\)"/.exec(content);
  expect(cf).not.toBeNull();
  // the style is named by its display name (ConditionalStyle_1 is saved as ConditionalStyle_5f_1)
  const style = new RegExp(`<style:style [^>]*style:display-name="${cf![1]}"[^>]*style:data-style-name="([^"]+)"`).exec(content);
  expect(style).not.toBeNull();
  const date = new RegExp(`<number:date-style style:name="${style![1]}"[^>]*>(.*?)</number:date-style>`).exec(content);
  expect(date?.[1]).toContain('<number:era number:calendar="gengou"');
}, 60_000);

test('シナリオ表 opens: inputs as displayed, results #NAME? without the add-in', () => {
  expect(['A5', 'B5', 'E5'].map((r) => cell('scenarios.xlsx', r))).toEqual(['枠 (frame)', '経費 税抜 (cost)', '補助金見込額']);
  expect(['A6', 'B6', 'C6'].map((r) => cell('scenarios.xlsx', r))).toEqual(['通常枠', '3,000,000円', '中小企業']);
  expect(['E6', 'F6', 'G6', 'H6'].map((r) => cell('scenarios.xlsx', r))).toEqual(['#NAME?', '#NAME?', '#NAME?', '#NAME?']);
});
