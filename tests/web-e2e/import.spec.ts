import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkAtBothWidths, DESKTOP, launchBrowser, newPage, signInAs } from '../support/browser';
import { repoRoot, startBuiltApp, type BuiltApp } from '../support/built-app';

const FIXTURES = join(repoRoot, 'tests', 'fixtures');
/** The value beside a term of a description list ("Sessions" -> "72"). */
async function figure(page: Page, term: string): Promise<string> {
  return page
    .locator('dt', { hasText: new RegExp(`^${term}$`) })
    .locator('xpath=following-sibling::dd[1]')
    .innerText();
}

describe('Importing an activity log in Chromium (built app with its worker)', () => {
  let app: BuiltApp;
  let browser: Browser;

  beforeAll(async () => {
    [app, browser] = await Promise.all([startBuiltApp({ worker: true }), launchBrowser()]);
  });
  afterAll(async () => {
    await browser?.close();
    await app?.stop();
  });

  const officer = () => app.demo.people.find((p) => p.role === 'LEARNING_OFFICER')!;

  it('imports a year of sessions through the wizard, then refuses a file with errors', async () => {
    const { context, page } = await newPage(browser, app.baseUrl, DESKTOP);
    try {
      await signInAs(page, officer().email, app.demo.password);
      await page
        .getByRole('navigation', { name: 'Main' })
        .getByRole('link', { name: 'Import', exact: true })
        .click();
      await page.waitForURL('**/imports');
      await page.getByRole('heading', { level: 1, name: 'Import activity' }).waitFor();
      await page.getByRole('heading', { name: 'Past imports' }).waitFor();
      await page.waitForLoadState('networkidle');
      await checkAtBothWidths(page, 'import-1-choose-file');

      // Step 1, by keyboard: the button in the drop zone opens the browser's file chooser.
      const chooseButton = page.getByRole('button', { name: 'Choose a file' });
      const [chooser] = await Promise.all([
        page.waitForEvent('filechooser'),
        chooseButton.press('Enter'),
      ]);
      await chooser.setFiles(join(FIXTURES, 'activity-log-2024-25.csv'));
      await page.getByText('activity-log-2024-25.csv', { exact: true }).waitFor();
      await page.getByRole('button', { name: 'Upload and continue' }).click();
      await page.waitForURL(/\/imports\/[0-9a-f-]{36}$/);

      // Step 2: the columns, matched by Lantern.
      const mapping = page.getByRole('form', { name: 'Match your columns to Lantern’s fields' });
      await mapping.waitFor();
      await expect(
        mapping.getByRole('combobox', { name: 'Date', exact: true }).inputValue(),
      ).resolves.toBe('date');
      await expect(
        mapping.getByRole('combobox', { name: 'No. pupils' }).inputValue(),
      ).resolves.toBe('pupils');
      await checkAtBothWidths(page, 'import-2-columns');
      await mapping.getByRole('button', { name: 'Continue' }).click();

      // Steps 3 and 4: checked by the worker, then the preview.
      await page.getByRole('heading', { name: 'Ready to import' }).waitFor({ timeout: 60_000 });
      await expect(figure(page, 'Sessions')).resolves.toBe('72');
      await expect(figure(page, 'Already imported \\(will be skipped\\)')).resolves.toBe('0');
      await expect(
        page
          .getByRole('table', { name: /The first 20 rows/ })
          .getByRole('row')
          .count(),
      ).resolves.toBe(21);
      await checkAtBothWidths(page, 'import-4-ready');

      // Step 5: commit, after a confirmation that states the counts.
      await page.getByRole('button', { name: 'Import 72 sessions' }).click();
      const dialog = page.getByRole('dialog', { name: 'Import 72 sessions?' });
      await expect(dialog.innerText()).resolves.toMatch(
        /This adds 72 sessions with [\d,]+ attendances/,
      );
      await dialog.getByRole('button', { name: 'Import sessions' }).click();
      await page.getByRole('heading', { name: 'Imported' }).waitFor({ timeout: 60_000 });
      await page.getByText('72 sessions added').waitFor();
      const sessionsLink = page.getByRole('link', { name: 'See the imported sessions' });
      await expect(sessionsLink.getAttribute('href')).resolves.toBe(
        '/sessions?from=2024-04-02&to=2025-03-30',
      );
      await checkAtBothWidths(page, 'import-5-committed');

      // A file with five bad rows: every one named, nothing imported.
      await page.getByRole('link', { name: 'Import another file' }).click();
      await page.waitForURL('**/imports');
      await page
        .locator('input[type=file]')
        .setInputFiles(join(FIXTURES, 'activity-log-with-errors.csv'));
      await page.getByRole('button', { name: 'Upload and continue' }).click();
      await page.waitForURL(/\/imports\/[0-9a-f-]{36}$/);
      const again = page.getByRole('form', { name: 'Match your columns to Lantern’s fields' });
      await again.waitFor();
      // The matching committed with the first file is remembered for the same headers.
      await again.getByText('Remembered from your last import').first().waitFor();
      await again.getByRole('button', { name: 'Continue' }).click();

      await page
        .getByRole('heading', { name: 'Nothing was imported' })
        .waitFor({ timeout: 60_000 });
      await page.getByText('5 problems in activity-log-with-errors.csv').waitFor();
      const problems = page.getByRole('table', { name: /Problems 1 to 5 of 5/ });
      await expect(problems.getByRole('rowheader').allInnerTexts()).resolves.toEqual([
        '4',
        '6',
        '8',
        '10',
        '12',
      ]);
      await checkAtBothWidths(page, 'import-4-invalid');

      // Nothing of it reached the sessions: the past imports say so too.
      await page.goto('/imports');
      const past = page.getByRole('list', { name: 'Past imports' });
      await past.getByText('activity-log-with-errors.csv').waitFor();
      await expect(
        past.getByRole('listitem').filter({ hasText: 'activity-log-with-errors.csv' }).innerText(),
      ).resolves.toContain('Has problems');
      await expect(
        past.getByRole('listitem').filter({ hasText: 'activity-log-2024-25.csv' }).innerText(),
      ).resolves.toContain('Imported');
    } finally {
      await context.close();
    }
  });
});
