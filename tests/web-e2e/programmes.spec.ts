import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  launchBrowser,
  newPage,
  screenshot,
  seriousViolations,
  signInAs,
} from '../support/browser';
import { startBuiltApp, type BuiltApp } from '../support/built-app';

const NAME = 'Riverside families (browser test)';
const RENAMED = 'Riverside families and carers (browser test)';
const PHONE = { width: 360, height: 740 };

/** Focuses a control and types into it: no pointer involved. */
async function typeInto(target: Locator, text: string): Promise<void> {
  await target.focus();
  await target.page().keyboard.type(text);
}

/** Focuses a control and presses a key on it (Enter on a button or link, Space on a checkbox). */
async function press(target: Locator, key: string): Promise<void> {
  await target.focus();
  await target.page().keyboard.press(key);
}

/**
 * Types an ISO date into Chromium's date field by keyboard. The field orders its segments by the
 * browser's own locale (month first in Debian's Chromium, day first elsewhere): try month first,
 * and if the value does not come out right, clear it and type day first.
 */
async function typeDate(field: Locator, iso: string): Promise<void> {
  const [year, month, day] = iso.split('-') as [string, string, string];
  await typeInto(field, `${month}${day}${year}`);
  if ((await field.inputValue()) !== iso) {
    await field.fill('');
    await typeInto(field, `${day}${month}${year}`);
  }
  expect(await field.inputValue()).toBe(iso);
}

/** Serious and critical axe findings, after the page has settled. */
async function checkAccessibility(page: Page, what: string): Promise<void> {
  await page.waitForLoadState('networkidle');
  expect(await seriousViolations(page), what).toEqual([]);
}

/** How far the page scrolls sideways (wide tables scroll inside their own region instead). */
async function sidewaysOverflow(page: Page): Promise<number> {
  return page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
}

describe('programme pages in Chromium (built app, as in production)', () => {
  let app: BuiltApp;
  let browser: Browser;
  let programmePath = '';

  beforeAll(async () => {
    [app, browser] = await Promise.all([startBuiltApp({ worker: false }), launchBrowser()]);
  });
  afterAll(async () => {
    await browser?.close();
    await app?.stop();
  });

  const person = (role: 'HEAD_OF_LEARNING' | 'TRUSTEE') =>
    app.demo.people.find((p) => p.role === role)!;

  it('the head of learning creates a programme by keyboard, sees it, and edits it', async () => {
    const { context, page } = await newPage(browser, app.baseUrl);
    try {
      await signInAs(page, person('HEAD_OF_LEARNING').email, app.demo.password);
      // Signing in lands on the home page (a redirect): wait for it to settle first.
      await page.waitForURL((url) => url.pathname !== '/');
      await page.getByRole('heading', { level: 1 }).first().waitFor();
      const nav = page.getByRole('navigation', { name: 'Main' });
      await press(nav.getByRole('link', { name: 'Programmes', exact: true }), 'Enter');
      await page.waitForURL('**/programmes');
      await page.getByRole('heading', { level: 1, name: 'Programmes' }).waitFor();
      await expect(page.title()).resolves.toBe('Programmes · Lantern');
      await checkAccessibility(page, 'list');
      await screenshot(page, 'programmes-list');

      await press(page.getByRole('link', { name: 'New programme' }), 'Enter');
      await page.waitForURL('**/programmes/new');
      const form = page.getByRole('form', { name: 'Programme details' });
      await form.waitFor();
      await checkAccessibility(page, 'new programme');

      // Nothing filled in: the form says what is missing, beside each field.
      await press(page.getByRole('button', { name: 'Save programme' }), 'Enter');
      await page.getByText('Please correct the 3 fields marked below.').waitFor();
      await expect(
        page.evaluate(() => (document.activeElement as HTMLInputElement | null)?.name),
      ).resolves.toBe('name');
      await checkAccessibility(page, 'new programme with errors');
      await screenshot(page, 'programme-editor-errors');

      await typeInto(form.getByLabel('Name', { exact: true }), NAME);
      await typeInto(form.getByLabel('Strand'), 'Families');
      await typeDate(form.getByLabel('Start date'), '2025-04-01');
      await typeDate(form.getByLabel('End date (optional)'), '2025-09-30');
      await typeInto(form.getByLabel('Aims (optional)'), 'Family days by the river, all year.');
      await typeInto(form.getByLabel('Lead'), 'Morgan');
      await press(form.getByRole('checkbox', { name: 'Main museum' }), 'Space');
      await press(form.getByRole('checkbox', { name: 'Parents and carers' }), 'Space');
      await press(form.getByRole('checkbox', { name: 'Early years children' }), 'Space');
      await typeInto(form.getByRole('textbox', { name: /^Framework elements/ }), 'Social justice');
      await page.getByRole('option', { name: 'Social justice' }).waitFor();
      await page.keyboard.press('ArrowDown');
      await page.keyboard.press('Enter');
      await page.keyboard.press('Escape');

      // A funder: the new row's first field takes focus, Tab moves through the rest.
      await press(form.getByRole('button', { name: 'Add a funder' }), 'Enter');
      await page.keyboard.type('National Lottery Heritage Fund');
      await page.keyboard.press('Tab');
      await page.keyboard.type('NLHF-2025-0142');
      await page.keyboard.press('Tab');
      await page.keyboard.type('12,500.50');

      // Two periods from the quarter helper; focus lands on the first one's sessions.
      await press(form.getByRole('button', { name: 'Add financial-year quarters' }), 'Enter');
      await form.getByRole('group', { name: 'Period 2: Q2 2025/26' }).waitFor();
      await page.keyboard.type('6');
      await page.keyboard.press('Tab');
      await page.keyboard.type('180');
      const second = form.getByRole('group', { name: 'Period 2: Q2 2025/26' });
      await typeInto(second.getByLabel('Planned sessions'), '4');
      await typeInto(second.getByLabel(/^Planned reach/), '1200');
      await form.getByText('Planned in total: 10 sessions, reaching 1,380').waitFor();
      await checkAccessibility(page, 'new programme filled in');
      await screenshot(page, 'programme-editor-filled');

      await press(page.getByRole('button', { name: 'Save programme' }), 'Enter');
      await page.waitForURL(/\/programmes\/[0-9a-f-]{36}$/);
      programmePath = new URL(page.url()).pathname;
      await page.getByRole('heading', { level: 1, name: NAME }).waitFor();
      await page.getByText(`The programme ${NAME} was created.`).waitFor();
      await expect(page.title()).resolves.toBe(`${NAME} · Lantern`);

      const overview = page.getByRole('region', { name: 'Overview' });
      await expect(overview.innerText()).resolves.toMatch(/Families/);
      await expect(overview.innerText()).resolves.toMatch(/1 Apr 2025 to 30 Sep 2025/);
      await expect(overview.innerText()).resolves.toMatch(/Morgan Ellis/);
      await expect(overview.innerText()).resolves.toMatch(
        /Parents and carers, Early years children/,
      );
      const funders = page.getByRole('table', { name: 'Funders' });
      await expect(funders.innerText()).resolves.toMatch(/National Lottery Heritage Fund/);
      await expect(funders.innerText()).resolves.toMatch(/£12,500\.50/);
      await page
        .getByRole('list', { name: 'Learning and Engagement Manifesto' })
        .getByText('Social justice')
        .waitFor();
      const plan = page.getByRole('table', { name: 'Plan' });
      const rows = await plan.getByRole('row').allInnerTexts();
      expect(rows.map((row) => row.replace(/\s+/g, ' ').trim())).toEqual([
        'Period Planned sessions Planned reach',
        'Q1 2025/26 1 Apr 2025 to 30 Jun 2025 6 180',
        'Q2 2025/26 1 Jul 2025 to 30 Sep 2025 4 1,200',
        'Total 10 1,380',
      ]);
      await checkAccessibility(page, 'detail');
      await screenshot(page, 'programme-detail');

      // Edit: the form starts from what was saved.
      await press(page.getByRole('link', { name: 'Edit' }), 'Enter');
      await page.waitForURL(`**${programmePath}/edit`);
      await page.getByRole('heading', { level: 1, name: `Edit ${NAME}` }).waitFor();
      await expect(form.getByLabel('Name', { exact: true }).inputValue()).resolves.toBe(NAME);
      await expect(
        form
          .getByRole('group', { name: 'Funder 1' })
          .getByLabel(/^Amount/)
          .inputValue(),
      ).resolves.toBe('12500.50');
      await checkAccessibility(page, 'edit');
      await form.getByLabel('Name', { exact: true }).focus();
      await page.keyboard.press('Control+A');
      await page.keyboard.type(RENAMED);
      await typeInto(form.getByLabel('Status'), 'Active');
      await press(page.getByRole('button', { name: 'Save programme' }), 'Enter');
      await page.waitForURL(`**${programmePath}`);
      await page.getByRole('heading', { level: 1, name: RENAMED }).waitFor();
      await page.getByText('Your changes were saved.').waitFor();
      await expect(page.getByRole('region', { name: 'Overview' }).innerText()).resolves.toMatch(
        /Active/,
      );

      // The list shows the change (its cached copy was dropped when the programme was saved).
      await press(nav.getByRole('link', { name: 'Programmes', exact: true }), 'Enter');
      await page.waitForURL('**/programmes');
      await typeInto(page.getByRole('searchbox', { name: 'Name contains' }), 'browser test');
      await page.keyboard.press('Enter');
      await page.waitForURL(/\/programmes\?search=browser\+test$/);
      await page.getByRole('link', { name: RENAMED }).waitFor();
      await expect(page.getByRole('link', { name: NAME, exact: true }).count()).resolves.toBe(0);
      await screenshot(page, 'programmes-list-filtered');
    } finally {
      await context.close();
    }
  });

  it('works at 360 px wide with no serious accessibility problems', async () => {
    expect(programmePath).not.toBe('');
    const { context, page } = await newPage(browser, app.baseUrl, PHONE);
    try {
      await signInAs(page, person('HEAD_OF_LEARNING').email, app.demo.password);
      const pages: Array<[string, string]> = [
        ['/programmes', 'Programmes'],
        [programmePath, RENAMED],
        [`${programmePath}/edit`, `Edit ${RENAMED}`],
        ['/programmes/new', 'New programme'],
      ];
      for (const [path, heading] of pages) {
        await page.goto(path);
        await page.getByRole('heading', { level: 1, name: heading }).waitFor();
        await checkAccessibility(page, `${path} at 360 px`);
        expect(await sidewaysOverflow(page), `${path} scrolls sideways`).toBeLessThanOrEqual(0);
        await screenshot(
          page,
          `programme-360${path.replace(/\//g, '-').replace(/-[0-9a-f-]{36}/, '-id')}`,
        );
      }
    } finally {
      await context.close();
    }
  });

  it('a trustee sees no programmes and no Edit button', async () => {
    expect(programmePath).not.toBe('');
    const { context, page } = await newPage(browser, app.baseUrl);
    try {
      await signInAs(page, person('TRUSTEE').email, app.demo.password);
      const nav = page.getByRole('navigation', { name: 'Main' });
      await nav.waitFor();
      await expect(nav.getByRole('link', { name: 'Programmes' }).count()).resolves.toBe(0);
      for (const path of [programmePath, `${programmePath}/edit`, '/programmes']) {
        await page.goto(path);
        await page.getByRole('heading', { level: 1, name: "You don't have permission" }).waitFor();
        await expect(page.getByRole('link', { name: 'Edit' }).count()).resolves.toBe(0);
        await expect(page.getByRole('button', { name: /edit|delete/i }).count()).resolves.toBe(0);
        await expect(page.locator('body').innerText()).resolves.not.toContain(RENAMED);
      }
      await screenshot(page, 'programmes-trustee');
    } finally {
      await context.close();
    }
  });
});
