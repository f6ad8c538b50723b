/**
 * The pane and the sidebar as the UI tests open them: the Excel pane on its preview host (a
 * selection to read set beforehand) and the Sheets sidebar with a fake google.script.run that
 * records calls and answers asynchronously, as Apps Script does. And what a test reads of a page:
 * its visible texts, and whether an element is on screen without scrolling.
 */
import type { Browser, Page } from 'playwright-core';
import { EXCEL_ORIGIN, SHEETS_ORIGIN, openPage, type Watched } from './browser';

export type Lang = 'ja' | 'en';

/** A selection the preview host answers 選択範囲を経費に使う with: a quote's 区分 | 金額 | 月数. */
export const SELECTION = { address: '見積書!D11:F14', values: [['区分', '金額', '月数'], ['ソフトウェア', 600000, ''], ['クラウド', 720000, 36], ['', '', '']] };

/** The Excel task pane (taskpane.html on the preview host) at a width, in a language. */
export async function openPane(browser: Browser, width: number, lang: Lang = 'ja', height = 800): Promise<Watched> {
  const w = await openPage(browser, width, lang === 'ja' ? 'ja-JP' : 'en-US', height);
  await w.page.addInitScript((selection) => {
    (globalThis as any).ITHOJO_PREVIEW = { calls: [], selection };
  }, SELECTION);
  await w.page.goto(`${EXCEL_ORIGIN}/taskpane.html?lang=${lang}`);
  await w.page.waitForSelector('.result-bar .summary');
  return w;
}

/** Installs google.script.run before the page's script: records [name, args] and answers from its table after the call returns. */
async function fakeScriptRun(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const g = globalThis as any;
    g.__calls = [];
    g.__fail = new Set<string>();
    const answers: Record<string, unknown> = {
      ithojoReadSelection: { address: "'見積書'!D11:F13", values: [['区分', '金額', '月数'], ['ソフトウェア', 600000, ''], ['クラウド', 480000, 24]] },
      ithojoInsertFormula: "'見積書'!B3",
      ithojoInsertTemplate: '見積書',
      ithojoShowHelp: null,
    };
    const runner = (ok?: (v: unknown) => void, fail?: (e: Error) => void): unknown =>
      new Proxy({}, {
        get: (_t, name: string) => {
          if (name === 'withSuccessHandler') return (f: (v: unknown) => void) => runner(f, fail);
          if (name === 'withFailureHandler') return (f: (e: Error) => void) => runner(ok, f);
          return (...args: unknown[]) => {
            g.__calls.push([name, ...args]);
            // google.script.run answers asynchronously, after the call returns
            setTimeout(() => (g.__fail.has(name) ? fail?.(new Error('Exception: 権限がありません')) : ok?.(answers[name])), 10);
          };
        },
      });
    g.google = { script: { run: runner() } };
  });
}

/** The Sheets sidebar (Sidebar.html, one file) at a width, with the fake google.script.run. */
export async function openSidebar(browser: Browser, width = 300, lang: Lang = 'ja', height = 800): Promise<Watched> {
  const w = await openPage(browser, width, lang === 'ja' ? 'ja-JP' : 'en-US', height);
  await fakeScriptRun(w.page);
  await w.page.goto(`${SHEETS_ORIGIN}/Sidebar.html`);
  await w.page.waitForSelector('.result-bar .summary');
  return w;
}

/** Waits until the status line says exactly `text` (the action it reports has finished). */
export async function statusIs(page: Page, text: string): Promise<void> {
  await page.waitForFunction((t) => (globalThis as any).document.querySelector('.status')?.textContent === t, text);
}

/** Waits until the result bar's amount is `text` (the page has priced what was typed). */
export async function amountIs(page: Page, text: string): Promise<void> {
  await page.waitForFunction((t) => (globalThis as any).document.querySelector('.result-bar .amount')?.textContent === t, text);
}

/** Whether the element is wholly inside the viewport as the page is now (no scrolling). */
export function onScreen(page: Page, selector: string): Promise<boolean> {
  return page.$eval(selector, (el) => {
    const r = el.getBoundingClientRect();
    const win = globalThis as any;
    return r.width > 0 && r.top >= 0 && r.left >= 0 && r.bottom <= win.innerHeight && r.right <= win.innerWidth;
  });
}

/**
 * The page's visible texts, one per text node, with whether it is inside an element marked
 * lang="ja" (Japanese passages of an English page, as WCAG 3.1.2 asks) — formula code and
 * hidden elements left out.
 */
export function visibleTexts(page: Page): Promise<{ text: string; ja: boolean }[]> {
  return page.evaluate(() => {
    const doc = (globalThis as any).document;
    const out: { text: string; ja: boolean }[] = [];
    const walker = doc.createTreeWalker(doc.body, 4 /* NodeFilter.SHOW_TEXT */);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const el = n.parentElement;
      const text = (n.textContent ?? '').trim();
      if (!el || text === '' || el.closest('output.formula, script, style, noscript')) continue;
      if (el.closest('[hidden]') || (el.getClientRects().length === 0 && !el.closest('svg'))) continue;
      // a closed <details> shows its summary only
      const details = el.closest('details');
      if (details && !details.open && !el.closest('summary')) continue;
      out.push({ text, ja: el.closest('[lang]')?.getAttribute('lang') === 'ja' });
    }
    return out;
  });
}
