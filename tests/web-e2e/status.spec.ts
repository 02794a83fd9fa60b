import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  launchBrowser,
  newPage,
  screenshot,
  seriousViolations,
  signInAs,
} from '../support/browser';
import { startBuiltApp, type BuiltApp } from '../support/built-app';

describe('System status page in Chromium (built app, as in production)', () => {
  let app: BuiltApp;
  let browser: Browser;

  beforeAll(async () => {
    [app, browser] = await Promise.all([startBuiltApp(), launchBrowser()]);
  });

  const admin = () => app.demo.people.find((p) => p.role === 'ADMIN')!;
  afterAll(async () => {
    await browser?.close();
    await app?.stop();
  });

  it('shows live data and runs a worker check end to end', async () => {
    const { context, page } = await newPage(browser, app.baseUrl);
    try {
      await signInAs(page, admin().email, app.demo.password);
      await page.goto('/status');
      await page.getByRole('heading', { level: 1, name: 'System status' }).waitFor();
      await expect(page.title()).resolves.toBe('System status · Lantern');
      await page.getByText('No worker checks yet.').waitFor();

      await page.getByLabel('Note (optional)').fill('from the browser test');
      await page.getByRole('button', { name: 'Run a worker check' }).click();
      await page.getByText(/Worker check succeeded in \d+ ms/).waitFor({ timeout: 15_000 });
      await expect(page.getByText('from the browser test').count()).resolves.toBeGreaterThan(0);
      await screenshot(page, 'status-desktop');
    } finally {
      await context.close();
    }
  });

  it('works by keyboard alone: skip link, form, submit', async () => {
    const { context, page } = await newPage(browser, app.baseUrl);
    try {
      await signInAs(page, admin().email, app.demo.password);
      await page.goto('/status');
      await page.getByRole('heading', { level: 1, name: 'System status' }).waitFor();
      await page.keyboard.press('Tab');
      await expect(page.evaluate(() => document.activeElement?.textContent)).resolves.toBe(
        'Skip to main content',
      );
      await page.keyboard.press('Enter');
      await expect(
        page.evaluate(
          () => document.activeElement?.closest('main')?.id ?? document.activeElement?.id,
        ),
      ).resolves.toBe('main');

      // Tab forward until the note field has focus, then type and submit with Enter.
      for (let i = 0; i < 30; i += 1) {
        const label = await page.evaluate(
          () => (document.activeElement as HTMLInputElement | null)?.name ?? '',
        );
        if (label === 'note') break;
        await page.keyboard.press('Tab');
      }
      await page.keyboard.type('keyboard only');
      await page.keyboard.press('Enter');
      await page.getByText(/Worker check succeeded in \d+ ms/).waitFor({ timeout: 15_000 });
      await expect(page.getByText('keyboard only').count()).resolves.toBeGreaterThan(0);
    } finally {
      await context.close();
    }
  });

  it('fits a 360 px wide phone without sideways scrolling', async () => {
    const { context, page } = await newPage(browser, app.baseUrl, { width: 360, height: 740 });
    try {
      await signInAs(page, admin().email, app.demo.password);
      await page.goto('/status');
      await page.getByRole('heading', { level: 1, name: 'System status' }).waitFor();
      await page.getByRole('button', { name: 'Run a worker check' }).waitFor();
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - window.innerWidth,
      );
      expect(overflow).toBeLessThanOrEqual(0);
      await screenshot(page, 'status-phone-360');
    } finally {
      await context.close();
    }
  });

  it('has no serious or critical accessibility violations (axe-core, WCAG 2.2 AA)', async () => {
    const { context, page } = await newPage(browser, app.baseUrl);
    try {
      await signInAs(page, admin().email, app.demo.password);
      await page.goto('/status');
      await page.getByRole('heading', { level: 1, name: 'System status' }).waitFor();
      await page.getByRole('button', { name: 'Run a worker check' }).waitFor();
      expect(await seriousViolations(page)).toEqual([]);

      await page.goto('/no-such-page');
      await page.getByRole('heading', { level: 1, name: 'Page not found' }).waitFor();
      expect(await seriousViolations(page)).toEqual([]);
    } finally {
      await context.close();
    }
  });
});

describe('System status when the worker is not running', () => {
  let app: BuiltApp;
  let browser: Browser;

  beforeAll(async () => {
    [app, browser] = await Promise.all([startBuiltApp({ worker: false }), launchBrowser()]);
  });
  afterAll(async () => {
    await browser?.close();
    await app?.stop();
  });

  it('says plainly that the background worker is not running', async () => {
    const { context, page } = await newPage(browser, app.baseUrl);
    try {
      await signInAs(page, app.demo.people[0]!.email, app.demo.password);
      await page.goto('/status');
      await page.getByText('The background worker is not running').waitFor();
      await screenshot(page, 'status-no-worker');
    } finally {
      await context.close();
    }
  });
});
