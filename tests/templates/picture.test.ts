/**
 * Each template as Excel shows it with the add-in loaded, drawn in Chromium for the README
 * (test-output/screenshots/template-*.png): the picture holds the core's answers, and the test
 * checks it shows the subsidy block's figures.
 */
import type { Browser } from 'playwright-core';
import { templateLayouts } from '../../templates';
import { launch, screenshot } from '../ui/support/browser';
import { renderLayout } from './render';

jest.setTimeout(60_000);

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

test.each(templateLayouts().map((l) => [l.name, l] as const))('%s as Excel shows it', async (_name, layout) => {
  const page = await browser.newPage({ viewport: { width: 1100, height: 800 }, locale: 'ja-JP' });
  await page.setContent(renderLayout(layout));
  const text = await page.textContent('table');
  if (layout.id === 'quote') {
    expect(text).toContain('615,000円');
    expect(text).toContain('738,000円');
    expect(text).toContain('50.0%');
  } else {
    expect(text).toContain('1,499,999円');
  }
  expect(text).not.toContain('#VALUE!');
  await screenshot(page, `template-${layout.id}.png`);
  await page.close();
});
