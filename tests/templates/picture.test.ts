/**
 * Each template file as Excel shows it, drawn in Chromium for the README
 * (test-output/screenshots/template-*.png, copied to docs/images): the picture holds the core's
 * answers, and the test checks it shows the subsidy block's figures.
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
  const page = await browser.newPage({ viewport: { width: 1400, height: 200 }, locale: 'ja-JP' });
  await page.setContent(renderLayout(layout));
  const text = await page.textContent('table');
  if (layout.id === 'quote') {
    expect(text).toContain('1,353,000円');
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
