import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  checkAtBothWidths,
  DESKTOP,
  launchBrowser,
  newPage,
  seriousViolations,
  signInAs,
} from '../support/browser';
import { startBuiltApp, type BuiltApp } from '../support/built-app';

/** This UK financial year (April to March) as the demo seed sees it: its start year. */
function financialYearStart(now = new Date()): number {
  return now.getUTCMonth() >= 3 ? now.getUTCFullYear() : now.getUTCFullYear() - 1;
}
function quarterOf(now = new Date()): number {
  return Math.floor(((now.getUTCMonth() + 9) % 12) / 3) + 1;
}
const yearLabel = (start: number) => `${start}/${String(start + 1).slice(2)}`;

const THIS_YEAR = financialYearStart();
const LAST_YEAR = THIS_YEAR - 1;
const THIS_QUARTER = `FQ${THIS_YEAR}-${quarterOf()}`;
const THIS_QUARTER_LABEL = `Q${quarterOf()} ${yearLabel(THIS_YEAR)}`;
const LAST_Q1 = `FQ${LAST_YEAR}-1`;
const LAST_Q1_LABEL = `Q1 ${yearLabel(LAST_YEAR)}`;
const LAST_Q2 = `FQ${LAST_YEAR}-2`;
const LAST_Q2_LABEL = `Q2 ${yearLabel(LAST_YEAR)}`;
const MANUAL = 'Teachers reporting increased confidence';

function indicatorCard(page: Page, name: string) {
  return page
    .getByRole('listitem')
    .filter({ has: page.getByRole('heading', { name, exact: true }) });
}

describe('Indicators, targets, results and period locks in Chromium (built app)', () => {
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

  it('a head of learning browses the library, reads an indicator against its target and adds an indicator', async () => {
    const { context, page } = await newPage(browser, app.baseUrl, DESKTOP);
    try {
      await signInAs(page, person('HEAD_OF_LEARNING').email, app.demo.password);
      await page
        .getByRole('navigation', { name: 'Main' })
        .getByRole('link', { name: 'Indicators', exact: true })
        .click();
      await page.waitForURL('**/indicators');
      await page.getByRole('heading', { level: 1, name: 'Indicators' }).waitFor();
      const builtIn = page.getByRole('list', { name: /^Built-in indicators/ });
      await builtIn.waitFor();
      expect(await builtIn.getByRole('listitem').count()).toBeGreaterThan(0);
      await page.getByRole('link', { name: MANUAL }).waitFor();
      await page.waitForLoadState('networkidle');
      await checkAtBothWidths(page, 'indicators');

      // The source filter lives in the address.
      await page.getByRole('combobox', { name: 'Source' }).selectOption('MANUAL');
      await page.getByRole('button', { name: 'Apply filters' }).click();
      await page.waitForURL('**/indicators?source=MANUAL');
      await page.getByRole('heading', { name: 'Matching indicators' }).waitFor();
      await expect(page.getByRole('list', { name: /^Built-in indicators/ }).count()).resolves.toBe(
        0,
      );
      await page.getByRole('link', { name: MANUAL }).waitFor();

      // A built-in with last year's target: actual against target, RAG in words.
      await page.goto('/indicators');
      await builtIn.getByRole('link').first().click();
      await page.waitForURL(/\/indicators\/[^/]+$/);
      await page.getByRole('heading', { level: 2, name: 'Values' }).waitFor();
      await page.getByRole('combobox', { name: 'Period type' }).selectOption('FINANCIAL_YEAR');
      await page
        .getByRole('combobox', { name: 'Period', exact: true })
        .selectOption(`FY${LAST_YEAR}`);
      await page.waitForURL(`**period=FY${LAST_YEAR}**`);
      const values = page.getByRole('region', { name: 'Values' });
      // The figure for the chosen year is worked out afresh: wait for its RAG, not a label
      // that the previous period's figure also had.
      await values
        .getByText(/(Green: on track|Amber: close to target|Red: off track)/)
        .first()
        .waitFor({ timeout: 30_000 });
      await values.getByText(/^Target$/).waitFor();
      await expect(values.innerText()).resolves.not.toContain('No target set');
      const targets = page.getByRole('table', { name: /^Targets for/ });
      await targets
        .getByRole('row', { name: new RegExp(yearLabel(LAST_YEAR)) })
        .first()
        .waitFor();
      await page.waitForLoadState('networkidle');
      await checkAtBothWidths(page, 'indicator-detail');

      // The targets editor previews its rule in words.
      await page.getByRole('button', { name: 'Set a target' }).click();
      const dialog = page.getByRole('dialog', { name: 'Set a target' });
      await dialog.getByRole('textbox', { name: /^Target/ }).fill('500');
      await dialog.getByRole('textbox', { name: 'Green threshold' }).fill('500');
      await dialog.getByRole('textbox', { name: 'Amber threshold' }).fill('400');
      await dialog.getByText(/^The rule: Green at 500/).waitFor();
      await expect(seriousViolations(page)).resolves.toEqual([]);
      await dialog.getByRole('button', { name: 'Cancel' }).click();

      // A new manual indicator: the browser names the missing fields first.
      await page.goto('/indicators/new');
      await page.getByRole('heading', { level: 1, name: 'New indicator' }).waitFor();
      await page.getByRole('button', { name: 'Save indicator' }).click();
      await page.getByText(/^Please correct the \d+ fields marked below\.$/).waitFor();
      await expect(
        page.evaluate(() => (document.activeElement as HTMLInputElement | null)?.name),
      ).resolves.toBe('code');
      await checkAtBothWidths(page, 'indicator-editor-errors');
      await page.getByRole('textbox', { name: 'Code' }).fill('FAMILY_RETURN_VISITS');
      await page.getByRole('textbox', { name: 'Unit' }).fill('%');
      await page.getByRole('textbox', { name: 'Name' }).fill('Families who come back');
      await page
        .getByRole('textbox', { name: 'Definition' })
        .fill('Share of families at a drop-in who had been to one before.');
      await page.getByRole('combobox', { name: 'Type' }).selectOption('PERCENTAGE');
      await page.getByRole('checkbox', { name: 'First-time visitors' }).check();
      await page.getByRole('button', { name: 'Save indicator' }).click();
      await page.getByRole('heading', { level: 1, name: 'Families who come back' }).waitFor();
      await page.getByText('The indicator Families who come back was created.').waitFor();
    } finally {
      await context.close();
    }
  });

  it('a head of learning records, enters and approves results, and cannot lock a period with drafts', async () => {
    const { context, page } = await newPage(browser, app.baseUrl, DESKTOP);
    try {
      await signInAs(page, person('HEAD_OF_LEARNING').email, app.demo.password);
      await page.goto(`/results?period=${THIS_QUARTER}`);
      await page.getByRole('heading', { level: 1, name: 'Results' }).waitFor();
      await page.getByRole('heading', { level: 2, name: THIS_QUARTER_LABEL }).waitFor();
      await indicatorCard(page, MANUAL).waitFor();

      await page.getByRole('button', { name: 'Record computed results' }).click();
      await page
        .getByText(/^(Recorded \d+ computed results? for|No computed results to record)/)
        .waitFor();

      await page.getByRole('button', { name: `Enter a result for ${MANUAL}` }).click();
      const dialog = page.getByRole('dialog', { name: `${MANUAL}: ${THIS_QUARTER_LABEL}` });
      await dialog.getByRole('button', { name: 'Save as draft' }).click();
      await dialog.getByText('Enter the value', { exact: true }).waitFor();
      await dialog.getByRole('textbox', { name: /^Value/ }).fill('64');
      await dialog.getByRole('textbox', { name: /^n \(optional\)/ }).fill('25');
      await dialog
        .getByRole('textbox', { name: /^Commentary/ })
        .fill('From the CPD follow-up form.');
      await dialog.getByRole('button', { name: 'Save as draft' }).click();
      await page.getByText(`Saved ${MANUAL} as a draft.`).waitFor();
      const card = indicatorCard(page, MANUAL);
      await card.getByText('Draft', { exact: true }).waitFor();
      await card.getByText('From the CPD follow-up form.').waitFor();
      await page.waitForLoadState('networkidle');
      await checkAtBothWidths(page, 'results-drafts');

      await card.getByRole('checkbox', { name: `Select ${MANUAL}, Total for approval` }).check();
      await page.getByRole('button', { name: 'Approve 1 selected' }).click();
      await page.getByText('Approved 1 result.').waitFor();
      await card.getByText('Approved', { exact: true }).waitFor();

      // Computed drafts remain: locking is refused, and the dialog says why.
      await page.getByRole('button', { name: `Lock ${THIS_QUARTER_LABEL}` }).click();
      const lock = page.getByRole('dialog', { name: `Lock ${THIS_QUARTER_LABEL}?` });
      await lock
        .getByText(/nobody can log, change or delete sessions, attendance or results/)
        .waitFor();
      await lock.getByRole('button', { name: `Lock ${THIS_QUARTER_LABEL}` }).click();
      const refusal = lock.getByRole('alert');
      await refusal.waitFor();
      await expect(refusal.innerText()).resolves.toMatch(/draft/i);
      await lock.getByRole('button', { name: 'Cancel' }).click();
    } finally {
      await context.close();
    }
  });

  it('a head of learning locks and unlocks a period with a reason; a locked period shows its banner', async () => {
    const { context, page } = await newPage(browser, app.baseUrl, DESKTOP);
    try {
      await signInAs(page, person('HEAD_OF_LEARNING').email, app.demo.password);
      await page.goto(`/results?period=${LAST_Q1}`);
      await page
        .getByText(
          new RegExp(
            `^${LAST_Q1_LABEL.replace('/', '\\/')} is locked by .+ on \\d{1,2} \\w{3} \\d{4}: sessions, attendance and results in it cannot change\\.$`,
          ),
        )
        .waitFor();
      await expect(
        page.getByRole('button', { name: 'Record computed results' }).count(),
      ).resolves.toBe(0);
      await page.waitForLoadState('networkidle');
      await checkAtBothWidths(page, 'results-locked');

      await page.goto(`/results?period=${LAST_Q2}`);
      await page.getByRole('heading', { level: 2, name: LAST_Q2_LABEL }).waitFor();
      await page.getByRole('button', { name: `Lock ${LAST_Q2_LABEL}` }).click();
      const lock = page.getByRole('dialog', { name: `Lock ${LAST_Q2_LABEL}?` });
      await lock
        .getByRole('textbox', { name: 'Reason (optional)' })
        .fill('Signed off for trustees');
      await lock.getByRole('button', { name: `Lock ${LAST_Q2_LABEL}` }).click();
      await page.getByText(`${LAST_Q2_LABEL} is locked.`).waitFor();
      await page
        .getByText(/is locked by .+: sessions, attendance and results in it cannot change\./)
        .waitFor();
      await page.getByText('Locked', { exact: true }).first().waitFor();

      await page.getByRole('button', { name: `Unlock ${LAST_Q2_LABEL}` }).click();
      const unlock = page.getByRole('dialog', { name: `Unlock ${LAST_Q2_LABEL}?` });
      await unlock.getByRole('button', { name: `Unlock ${LAST_Q2_LABEL}` }).click();
      await unlock.getByText('Enter why the period is being unlocked').waitFor();
      await unlock
        .getByRole('textbox', { name: 'Reason' })
        .fill('Correcting a miscounted workshop');
      await unlock.getByRole('button', { name: `Unlock ${LAST_Q2_LABEL}` }).click();
      await page.getByText(`${LAST_Q2_LABEL} is unlocked.`).waitFor();
      await page.getByRole('button', { name: `Lock ${LAST_Q2_LABEL}` }).waitFor();
    } finally {
      await context.close();
    }
  });

  it('a trustee sees approved and locked results and targets with no edit controls and no drafts', async () => {
    const { context, page } = await newPage(browser, app.baseUrl, DESKTOP);
    try {
      await signInAs(page, person('TRUSTEE').email, app.demo.password);
      await page
        .getByRole('navigation', { name: 'Main' })
        .getByRole('link', { name: 'Results', exact: true })
        .click();
      await page.waitForURL('**/results');
      await page.goto(`/results?period=${LAST_Q1}`);
      await page
        .getByText(/is locked by .+: sessions, attendance and results in it cannot change\./)
        .waitFor();
      await page.getByText('Locked', { exact: true }).first().waitFor();
      for (const name of [
        /^Record computed results/,
        /^Approve/,
        /^Lock /,
        /^Unlock /,
        /^Enter a result/,
      ]) {
        await expect(page.getByRole('button', { name }).count()).resolves.toBe(0);
      }
      await page.waitForLoadState('networkidle');
      await checkAtBothWidths(page, 'results-trustee');

      await page.goto(`/results?period=${THIS_QUARTER}`);
      await page.getByRole('heading', { level: 2, name: THIS_QUARTER_LABEL }).waitFor();
      await page.waitForLoadState('networkidle');
      await expect(page.getByText('Draft', { exact: true }).count()).resolves.toBe(0);

      await page.goto('/indicators');
      await page.getByRole('link', { name: MANUAL }).waitFor();
      await expect(page.getByRole('link', { name: 'New indicator' }).count()).resolves.toBe(0);
      await page.getByRole('link', { name: MANUAL }).click();
      await page.getByRole('heading', { level: 2, name: 'Targets' }).waitFor();
      await expect(page.getByRole('link', { name: 'Edit indicator' }).count()).resolves.toBe(0);
      await expect(page.getByRole('button', { name: 'Set a target' }).count()).resolves.toBe(0);
      await page.goto('/indicators/new');
      await page.getByRole('heading', { name: "You don't have permission" }).waitFor();
    } finally {
      await context.close();
    }
  });
});
