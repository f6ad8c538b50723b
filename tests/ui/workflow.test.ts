/**
 * The pane and the sidebar as one workflow (issue 20), in headless Chromium at the widths they
 * are used at: the Excel pane at 300, 350 and 1280 px, the Sheets sidebar at 300 px, each 800 px
 * tall. After choosing a size and typing a cost, the cost box and the subsidy are on screen
 * together; the subsidy stays in view while the options below change; switching program or frame
 * and back keeps the size and the options; a cost the core cannot read is the cost field's error
 * and is not inserted; the tables fit 300 px; a Japanese page shows no English sentence and an
 * English page no Japanese one (besides the names of frames and the like, and the Japanese
 * documents it cites, marked lang="ja").
 */
import type { Browser, Page } from 'playwright-core';
import { OPTION_DEFS, SIZE_LABELS, allTables } from '../../core';
import { templateLayouts } from '../../templates';
import { axeViolations, focusedName, launch, screenshot, type Watched } from './support/browser';
import { amountIs, onScreen, openPane, openSidebar, statusIs, visibleTexts, type Lang } from './support/pages';

jest.setTimeout(90_000);

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

type HostName = 'pane' | 'sidebar';
const open = (host: HostName, width: number, lang: Lang = 'ja'): Promise<Watched> => (host === 'pane' ? openPane(browser, width, lang) : openSidebar(browser, width, lang));

const COST = 'input[autocomplete=off]';
const label = (lang: Lang, ja: string, en: string) => (lang === 'ja' ? ja : en);
const formula = (page: Page) => page.textContent('output.formula') as Promise<string>;

/** A size's radio, by its label in the page's language. */
const size = (page: Page, lang: Lang, ja: string, en: string) => page.getByLabel(label(lang, ja, `${ja} (${en})`), { exact: true });

/** Chooses 小規模事業者 and types 1,200,000 as a user does (a click, then typing into the cost). */
async function sizeAndCost(page: Page, lang: Lang): Promise<void> {
  await size(page, lang, '小規模事業者', 'small business').check();
  await page.click(COST);
  await page.keyboard.type('1200000');
  await amountIs(page, label(lang, '600,000円', '¥600,000'));
}

const WIDTHS: [HostName, number][] = [['pane', 300], ['pane', 350], ['pane', 1280], ['sidebar', 300]];

describe.each(WIDTHS)('%s at %i px', (host, width) => {
  let w: Watched;
  beforeAll(async () => {
    w = await open(host, width);
  });
  afterAll(() => w.page.close());

  test('after choosing a size and typing a cost, the cost box and the subsidy are on screen together, without scrolling', async () => {
    await sizeAndCost(w.page, 'ja');
    expect(await w.page.evaluate(() => (globalThis as any).scrollY)).toBe(0);
    expect([await onScreen(w.page, COST), await onScreen(w.page, '.result-bar .amount')]).toEqual([true, true]);
    await w.page.screenshot({ path: (await screenshot(w.page, `workflow-${host}-${width}.png`)).replace(/\.png$/, '-view.png') });
  });

  test('the subsidy stays in view while an option further down changes it', async () => {
    const processes = w.page.getByLabel('プロセス', { exact: true });
    await processes.scrollIntoViewIfNeeded();
    await processes.fill('4');
    // 4 processes: the 小規模事業者 band of 4,500,000 (no 賃上げ needed); 1,200,000 × 1/2 all the same
    expect(await formula(w.page)).toContain('"プロセス=4"');
    await amountIs(w.page, '600,000円');
    expect(await onScreen(w.page, '.result-bar .amount')).toBe(true);
    expect(await w.page.textContent('.notes')).toContain('ITツール: 4プロセス以上 (小規模事業者はこの区分の賃上げ要件の対象外)。上限4,500,000円');
  });

  test('switching program and back keeps the size and the options; so does switching frame and back', async () => {
    const { page } = w;
    await page.selectOption('select >> nth=0', { label: '事業承継・M&A補助金' });
    expect(await formula(page)).toBe('=ITHOJO.AMOUNT("事業承継促進枠", 1200000, "小規模事業者")'.replace('ITHOJO.', host === 'pane' ? 'ITHOJO.' : 'ITHOJO_'));
    await page.selectOption('select >> nth=0', { label: 'デジタル化・AI導入補助金' });
    expect(await page.isChecked('input[type=radio] >> nth=1')).toBe(true);
    expect(await page.getByLabel('プロセス', { exact: true }).inputValue()).toBe('4');
    await page.getByLabel('枠・類型').selectOption('インボイス対応類型');
    await page.getByLabel('枠・類型').selectOption('通常枠');
    expect(await formula(page)).toMatch(/"通常枠", 1200000, "小規模事業者", "プロセス=4"\)$/);
  });

  test('the tables fit: nothing wider than the pane, the 区分 column a word wide, each source whole', async () => {
    const { page } = w;
    expect(await page.evaluate(() => (globalThis as any).document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
    const item = await page.$eval('table.breakdown tbody th', (th) => ({ width: th.getBoundingClientRect().width, font: parseFloat((globalThis as any).getComputedStyle(th).fontSize) }));
    expect(item.width).toBeGreaterThanOrEqual(4 * item.font);
    for (const s of await page.$$eval('.sources li', (lis) => lis.map((li) => li.textContent ?? ''))) {
      expect([s, (s.match(/\(/g) ?? []).length]).toEqual([s, (s.match(/\)/g) ?? []).length]);
    }
  });
});

describe('a cost the core cannot read', () => {
  test.each(WIDTHS.filter(([, width]) => width < 400))('%s at %i px: an inline error on the cost; the formula is not inserted', async (host, width) => {
    const w = await open(host, width);
    const { page } = w;
    await page.click(COST);
    await page.keyboard.type('約120万');
    const error = await page.$eval(COST, (input) => {
      const doc = (globalThis as any).document;
      const ids = (input.getAttribute('aria-describedby') ?? '').split(' ');
      const shown = ids.map((id: string) => doc.getElementById(id)).find((el: any) => el?.classList.contains('field-error') && !el.hidden);
      return { invalid: input.getAttribute('aria-invalid'), text: shown?.textContent ?? null };
    });
    expect(error.invalid).toBe('true');
    expect(error.text).toMatch(/^経費を金額として読めません: 「約120万」/);
    expect(await page.textContent('.result-bar .summary')).toBe('経費を読めません');
    await page.click('button:has-text("数式を挿入")');
    await statusIs(page, 'できませんでした: 経費を直してから挿入してください');
    expect(await focusedName(page)).toBe('経費 (税抜の円)');
    const inserted = await page.evaluate(() => {
      const g = globalThis as any;
      return [...(g.ITHOJO_PREVIEW?.calls ?? []), ...(g.__calls ?? [])].filter((c: any) => c.method === 'insertFormula' || c[0] === 'ithojoInsertFormula').length;
    });
    expect(inserted).toBe(0);
    expect(await axeViolations(page)).toEqual([]);
    await page.close();
  });
});

describe('keyboard order', () => {
  test('from the top of the pane, the cost is reached before any option, in five tab stops', async () => {
    const w = await open('pane', 350);
    const names: string[] = [];
    for (let i = 0; i < 5; i++) {
      await w.page.keyboard.press('Tab');
      names.push(await focusedName(w.page));
    }
    expect(names).toEqual(['関数リファレンス', '制度', '枠・類型', '指定なし (中小企業として計算)', '経費 (税抜の円)']);
    await w.page.close();
  });

  test('placeholders read as hints, never as values', async () => {
    const w = await open('pane', 350);
    await w.page.click('summary');
    const placeholders = await w.page.$$eval('input[placeholder]', (els) => els.map((e) => e.getAttribute('placeholder') ?? ''));
    // the cost's and プロセス's (通常枠); the others are selects and a date
    expect(placeholders).toEqual(['例: 1500000', '例: 4']);
    await w.page.close();
  });
});

/**
 * Names a page may show in either language: rule names (programs, tables, frames, buckets,
 * categories), what users type (option names and choices, sizes), template names. Longest first,
 * so that a name inside another goes with it.
 */
const NAMES = [...new Set([
  ...allTables().flatMap((t) => [t.program, t.title, ...t.frames.map((f) => f.name), ...t.frames.flatMap((f) => f.buckets.map((b) => b.label)), ...t.categories.map((c) => c.label)]),
  ...OPTION_DEFS.flatMap((d) => [d.names[0], ...Object.keys(d.choices ?? {})]),
  ...Object.values(SIZE_LABELS),
  ...templateLayouts().map((t) => t.name),
  'IT導入補助金',
])].sort((a, b) => b.length - a.length);

const JAPANESE = /[\u3040-\u30ff\u3400-\u9fff]/;
/** An English sentence: three English words in a row. */
const ENGLISH_SENTENCE = /[A-Za-z]{2,}(?:[\s,;:'’-]+[A-Za-z]{2,}){2,}/;

async function languageProblems(page: Page, lang: Lang): Promise<string[]> {
  const texts = await visibleTexts(page);
  if (lang === 'ja') return texts.map((t) => t.text).filter((t) => ENGLISH_SENTENCE.test(t));
  // what a user types, quoted ("150万円", "約120万"), is shown as typed
  return texts.filter((t) => !t.ja).map((t) => t.text).filter((t) => JAPANESE.test(NAMES.reduce((s, n) => s.split(n).join(''), t.replace(/"[^"]*"/g, ''))));
}

/**
 * The states the language check reads: eligible; with a caution; a deadline passed; not eligible;
 * another program; a bad cost. Each state is checked to show what it is about (in the page's
 * language), so that the check reads what it means to.
 */
async function visitStates(page: Page, lang: Lang, check: (state: string) => Promise<void>): Promise<void> {
  // each state shows what it is about, once (the deadline's caution was on screen three times)
  const shows = async (state: string, ja: string, en: string) => {
    expect([state, (await visibleTexts(page)).filter((t) => t.text.includes(label(lang, ja, en))).length]).toEqual([state, 1]);
    await check(state);
  };
  await sizeAndCost(page, lang);
  await shows('通常枠, 小規模事業者, 1,200,000', '「プロセス=4以上」で上限4,500,000円', 'cap 4,500,000 yen with "processes ≥ 4"');
  await page.getByLabel(label(lang, 'プロセス', 'プロセス (processes)'), { exact: true }).fill('4');
  await page.getByLabel(label(lang, '過去交付', '過去交付 (repeat)'), { exact: true }).check();
  await size(page, lang, '中小企業', 'SME').check();
  await shows('プロセス=4, 過去交付, 中小企業: a caution, and the band the wage raise reaches', '過去交付: IT導入補助金2022〜2025で交付決定を受けた', 'Repeat applicants must plan');
  await page.click('details.more-options > summary');
  await page.getByLabel(label(lang, '基準日', '基準日 (refdate)'), { exact: true }).fill('2026-12-07');
  await shows('基準日=2026-12-07: the last known deadline has passed', '最後に知られている締切 6次 2026-10-30 を過ぎています', 'Past the last known deadline, round 6 on 2026-10-30');
  await size(page, lang, '大企業', 'large company').check();
  await shows('大企業: not eligible', '大企業は通常枠の対象になりません', 'is not eligible for this frame');
  await page.selectOption('select >> nth=0', { label: label(lang, '省エネ補助金', '省エネ補助金 (Energy Saving Subsidy)') });
  await shows('another program (省エネ), its first frame', '要件は未確認です', 'Requirement not verified');
  await page.fill(COST, '約120万');
  await shows('a cost the core cannot read', '経費を金額として読めません: 「約120万」', 'cost: not an amount: "約120万"');
}

describe.each([['pane', 350], ['sidebar', 300]] as const)('one language at a time: %s at %i px', (host, width) => {
  test.each(['ja', 'en'] as const)('%s: no sentence of the other language, in every state', async (lang) => {
    const w = await open(host, width, lang);
    const problems: string[] = [];
    await visitStates(w.page, lang, async (state) => {
      for (const p of await languageProblems(w.page, lang)) problems.push(`${state}: ${p}`);
    });
    expect(problems).toEqual([]);
    if (lang === 'en') await screenshot(w.page, `workflow-${host}-${width}-en.png`);
    expect(w.errors).toEqual([]);
    await w.page.close();
  });
});
