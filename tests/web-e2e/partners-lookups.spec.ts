import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  checkAtBothWidths,
  DESKTOP,
  launchBrowser,
  newPage,
  seriousViolations,
  signInAs,
} from '../support/browser';
import { repoRoot, startBuiltApp, type BuiltApp } from '../support/built-app';

const FIXTURES = join(repoRoot, 'tests', 'fixtures');
describe('Deprivation lookups and partners in Chromium (built app)', () => {
  let app: BuiltApp;
  let browser: Browser;

  beforeAll(async () => {
    [app, browser] = await Promise.all([startBuiltApp({ worker: true }), launchBrowser()]);
  });
  afterAll(async () => {
    await browser?.close();
    await app?.stop();
  });

  const person = (role: string) => app.demo.people.find((p) => p.role === role)!;

  it('an admin loads the synthetic IMD2025 lookup, checks a postcode and sees it on partners', async () => {
    const { context, page } = await newPage(browser, app.baseUrl, DESKTOP);
    try {
      await signInAs(page, person('ADMIN').email, app.demo.password);
      await page
        .getByRole('navigation', { name: 'Main' })
        .getByRole('link', { name: 'Lookups', exact: true })
        .click();
      await page.waitForURL('**/lookups');
      await page.getByRole('heading', { level: 1, name: 'Deprivation lookups' }).waitFor();
      await page.getByText(/Deciles of different index versions are never mixed/).waitFor();
      await page.waitForLoadState('networkidle');
      await checkAtBothWidths(page, 'lookups');

      const form = page.getByRole('form', { name: 'Load a lookup file' });
      await form.getByRole('combobox', { name: 'Index version' }).selectOption('IMD2025');
      await form
        .locator('input[type=file]')
        .setInputFiles(join(FIXTURES, 'deprivation-lookup-SYNTHETIC.csv'));
      await form.getByText('deprivation-lookup-SYNTHETIC.csv').waitFor();
      await form.getByRole('button', { name: 'Load lookup' }).click();
      await page
        .getByText(/^Loaded 10 postcodes for IMD 2025 \(England\)\./)
        .waitFor({ timeout: 30_000 });
      // The demo museum already has a 16-postcode IMD2025 lookup: wait for the list to show
      // the 10 just loaded (it refreshes after the upload's answer).
      const loaded = page
        .getByRole('row')
        .filter({ hasText: /IMD 2025 \(England\)\s*10\s*deprivation-lookup-SYNTHETIC\.csv/ });
      await loaded.waitFor({ timeout: 15_000 });
      await expect(loaded.innerText()).resolves.toContain('Deciles come from this');

      const check = page.getByRole('form', { name: 'Check a postcode' });
      await check.getByRole('textbox', { name: 'Postcode' }).fill('zz1 1aa');
      await check.getByRole('button', { name: 'Check postcode' }).click();
      await page.getByText('ZZ1 1AA: decile 1 of 10 in IMD 2025 (England)').waitFor();
      await checkAtBothWidths(page, 'lookups-loaded');

      await page
        .getByRole('navigation', { name: 'Main' })
        .getByRole('link', { name: 'Partners', exact: true })
        .click();
      await page.waitForURL('**/partners');
      await page.getByRole('heading', { level: 1, name: 'Partners' }).waitFor();
      const school = page.getByRole('row', { name: /St Aidan's CE Primary/ });
      await school.waitFor();
      const text = await school.innerText();
      expect(text).toContain('School');
      expect(text).toContain('100001');
      expect(text).toContain('ZZ1 1AA');
      expect(text).toMatch(/1\s*\(IMD 2025\)/);
      await page.waitForLoadState('networkidle');
      await checkAtBothWidths(page, 'partners');

      // Filters live in the address.
      await page.getByRole('searchbox', { name: 'Name, URN or postcode' }).fill('100001');
      await page.getByRole('combobox', { name: 'Type' }).selectOption('SCHOOL');
      await page.getByRole('button', { name: 'Apply filters' }).click();
      await page.waitForURL('**/partners?search=100001&type=SCHOOL');
      await page.getByRole('heading', { name: 'Matching partners' }).waitFor();
      await page.getByText('Showing 1 of 1 partner', { exact: true }).waitFor();
      await page.getByRole('row', { name: /St Aidan's CE Primary/ }).waitFor();
    } finally {
      await context.close();
    }
  });

  it('a learning officer adds a partner whose postcode gets a decile, and a trustee cannot see partners', async () => {
    const { context, page } = await newPage(browser, app.baseUrl, DESKTOP);
    try {
      await signInAs(page, person('LEARNING_OFFICER').email, app.demo.password);
      await page.goto('/partners');
      await page.getByRole('heading', { level: 1, name: 'Partners' }).waitFor();
      await page.getByRole('button', { name: 'Add a partner' }).click();
      const dialog = page.getByRole('dialog', { name: 'Add a partner' });
      await dialog.getByRole('textbox', { name: 'Name' }).fill('Oakfield Youth Club');
      await dialog.getByRole('combobox', { name: 'Type' }).selectOption('COMMUNITY_GROUP');
      await dialog.getByRole('textbox', { name: 'Postcode (optional)' }).fill('zz2 4ae');
      await dialog.getByRole('button', { name: 'Add partner' }).click();
      await page.getByText('Oakfield Youth Club was added.').waitFor();
      const row = page.getByRole('row', { name: /Oakfield Youth Club/ });
      await expect(row.innerText()).resolves.toMatch(/ZZ2 4AE\s+5\s*\(IMD 2025\)/);
      await expect(seriousViolations(page)).resolves.toEqual([]);
    } finally {
      await context.close();
    }

    const trustee = await newPage(browser, app.baseUrl, DESKTOP);
    try {
      await signInAs(trustee.page, person('TRUSTEE').email, app.demo.password);
      await trustee.page.goto('/partners');
      await trustee.page.getByRole('heading', { name: "You don't have permission" }).waitFor();
      await expect(
        trustee.page
          .getByRole('navigation', { name: 'Main' })
          .getByRole('link', { name: 'Partners', exact: true })
          .count(),
      ).resolves.toBe(0);
    } finally {
      await trustee.context.close();
    }
  });
});
