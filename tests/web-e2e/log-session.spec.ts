import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  launchBrowser,
  newPage,
  screenshot,
  seriousViolations,
  signInAs,
} from '../support/browser';
import { startBuiltApp, type BuiltApp } from '../support/built-app';

/** What has focus, as a person hears it: "row 2: Count", "Programme", "Add a row". */
async function focused(page: Page): Promise<string> {
  return page.evaluate(() => {
    const element = document.activeElement as HTMLElement | null;
    if (!element || element === document.body) return '';
    const input = element as HTMLInputElement;
    const name = (
      input.labels?.[0]?.textContent ??
      element.getAttribute('aria-label') ??
      element.textContent ??
      ''
    ).trim();
    const row = element.closest('[data-attendance-row]')?.getAttribute('data-attendance-row');
    return row ? `row ${row}: ${name}` : name;
  });
}

/** Presses Tab until the named field has focus (keyboard only: nothing is clicked). */
async function tabTo(page: Page, name: string, limit = 40): Promise<void> {
  for (let i = 0; i < limit; i += 1) {
    if ((await focused(page)) === name) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`Tab never reached "${name}"; focus is on "${await focused(page)}"`);
}

/** In a focused native select, moves to the option with this text with the arrow keys. */
async function chooseOption(page: Page, label: string): Promise<void> {
  const { current, wanted } = await page.evaluate((text) => {
    const select = document.activeElement as HTMLSelectElement;
    const options = Array.from(select.options).filter((option) => !option.disabled);
    return {
      current: options.findIndex((option) => option.selected),
      wanted: options.findIndex((option) => option.text === text),
    };
  }, label);
  if (wanted < 0) throw new Error(`No option "${label}"`);
  const key = wanted > current ? 'ArrowDown' : 'ArrowUp';
  for (let i = 0; i < Math.abs(wanted - current); i += 1) await page.keyboard.press(key);
}

async function rowCount(page: Page): Promise<number> {
  return page.locator('[data-attendance-row]').count();
}

/**
 * The learning officer's most common task, by keyboard alone: a delivered KS2 school workshop
 * for Hillcrest Academy with two attendance cells (pupils in KS2, teachers). Returns the time
 * from asking for the page to seeing the confirmation.
 */
async function logWorkshopByKeyboard(
  page: Page,
  counts: { pupils: number; teachers: number },
): Promise<number> {
  const started = Date.now();
  await page.goto('/sessions/log');
  await page.getByRole('heading', { level: 1, name: 'Log a session' }).waitFor();
  await page.getByRole('textbox', { name: 'Programme' }).waitFor();

  // The skip link first, then into the form.
  await page.keyboard.press('Tab');
  expect(await focused(page)).toBe('Skip to main content');
  await page.keyboard.press('Enter');
  await tabTo(page, 'Programme');
  await page.keyboard.type('KS2 Romans');
  await page.keyboard.press('Enter');
  // The defaults arrive and fill the form (politely announced).
  await page.getByText(/^Filled in from Schools - KS2 Romans/).waitFor();

  // Date: today already. Partners: whichever school the last session had, then Hillcrest.
  await tabTo(page, 'Partners (optional)');
  const chosen = await page.locator('input[type="hidden"][name="partnerIds"]').inputValue();
  for (const _ of chosen.split(',').filter(Boolean)) await page.keyboard.press('Backspace');
  await page.keyboard.type('Hillcrest');
  await page.keyboard.press('Enter');

  // Two rows: pupils in KS2 and teachers (whatever the defaults gave, made so by keyboard).
  while ((await rowCount(page)) < 2) {
    await tabTo(page, 'Add a row');
    await page.keyboard.press('Enter');
  }
  const cells: Array<[string, string, number]> = [
    ['Pupils', 'KS2', counts.pupils],
    ['Teachers', 'Not recorded', counts.teachers],
  ];
  for (const [index, [audience, stage, count]] of cells.entries()) {
    await tabTo(page, `row ${index + 1}: Who came`);
    await chooseOption(page, audience);
    await page.keyboard.press('Tab');
    await chooseOption(page, stage);
    await tabTo(page, `row ${index + 1}: Count`);
    await page.keyboard.type(String(count));
  }
  await page.getByText(`Total: ${counts.pupils + counts.teachers} attendances`).waitFor();
  // Enter in the last count submits.
  await page.keyboard.press('Enter');
  await page.getByRole('heading', { name: 'Session logged' }).waitFor();
  return Date.now() - started;
}

describe('logging a session', () => {
  let app: BuiltApp;
  let browser: Browser;
  let officer: { email: string };
  let loggedId = '';

  beforeAll(async () => {
    [app, browser] = await Promise.all([startBuiltApp({ worker: false }), launchBrowser()]);
    officer = app.demo.people.find((person) => person.role === 'LEARNING_OFFICER')!;
  });
  afterAll(async () => {
    await browser?.close();
    await app?.stop();
  });

  it('a learning officer logs a school workshop by keyboard alone in under 30 seconds', async () => {
    const { context, page } = await newPage(browser, app.baseUrl);
    try {
      await signInAs(page, officer.email, app.demo.password);
      const elapsed = await logWorkshopByKeyboard(page, { pupils: 28, teachers: 4 });
      console.log(`Logged a school workshop by keyboard in ${(elapsed / 1000).toFixed(1)} s`);
      expect(elapsed).toBeLessThan(30_000);

      // Focus moved to the confirmation, which offers both ways on.
      expect(await focused(page)).toBe('Session logged');
      const confirmation = page.locator('[data-session-logged]');
      expect(await confirmation.innerText()).toContain('Schools - KS2 Romans');
      expect(await confirmation.innerText()).toContain('32 attendances');
      loggedId = (await confirmation.getAttribute('data-session-logged')) ?? '';
      await screenshot(page, 'log-session-confirmation');

      // It is the newest delivered session in the list.
      await page.goto('/sessions?status=DELIVERED');
      const first = page.locator('[data-session-id]').first();
      await first.waitFor();
      expect(await first.getAttribute('data-session-id')).toBe(loggedId);
      const text = await first.innerText();
      expect(text).toContain('Schools - KS2 Romans');
      expect(text).toContain('Hillcrest Academy');
      expect(text).toContain('32');
      await screenshot(page, 'sessions-list-after-logging');

      // Its page shows the two cells.
      await first.getByRole('link').first().click();
      await page.getByRole('heading', { level: 2, name: 'Who came' }).waitFor();
      const attendance = await page.getByRole('region', { name: 'Attendance table' }).innerText();
      expect(attendance).toMatch(/Pupils\s+KS2\s+28/);
      expect(attendance).toMatch(/Teachers\s+Not recorded\s+4/);
    } finally {
      await context.close();
    }
  });

  it('works the same at 360 px wide, with no sideways scrolling', async () => {
    const { context, page } = await newPage(browser, app.baseUrl, { width: 360, height: 740 });
    const overflow = () =>
      page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    try {
      await signInAs(page, officer.email, app.demo.password);
      const elapsed = await logWorkshopByKeyboard(page, { pupils: 25, teachers: 3 });
      console.log(`At 360 px: logged by keyboard in ${(elapsed / 1000).toFixed(1)} s`);
      expect(elapsed).toBeLessThan(30_000);
      expect(await overflow()).toBeLessThanOrEqual(0);
      await screenshot(page, 'log-session-confirmation-360');

      // "Log another" keeps the programme and its defaults, with focus on the date.
      await page.keyboard.press('Tab');
      await page.keyboard.press('Tab');
      expect(await focused(page)).toBe('Log another');
      await page.keyboard.press('Enter');
      await page.getByText(/^Filled in from Schools - KS2 Romans/).waitFor();
      expect(await focused(page)).toBe('Date');
      expect(await page.getByRole('textbox', { name: 'Programme' }).inputValue()).toBe(
        'Schools - KS2 Romans',
      );
      expect(await overflow()).toBeLessThanOrEqual(0);
      await screenshot(page, 'log-session-form-360');

      for (const path of ['/sessions', `/sessions/${loggedId}`]) {
        await page.goto(path);
        await page.getByRole('heading', { level: 1 }).waitFor();
        await page.waitForLoadState('networkidle');
        expect(await overflow(), path).toBeLessThanOrEqual(0);
      }
      await screenshot(page, 'session-detail-360');
    } finally {
      await context.close();
    }
  });

  it('keeps the list’s filters in the address, so they survive a reload', async () => {
    const { context, page } = await newPage(browser, app.baseUrl);
    try {
      await signInAs(page, officer.email, app.demo.password);
      await page.goto('/sessions');
      await page.locator('[data-session-id]').first().waitFor();
      const form = page.getByRole('form', { name: 'Filter sessions' });
      await form.getByLabel('Format').selectOption({ label: 'Family drop-in' });
      await form.getByLabel('Status').selectOption({ label: 'Delivered' });
      await form.getByRole('button', { name: 'Apply filters' }).click();
      await page.waitForURL(/format=FAMILY_DROP_IN/);
      expect(new URL(page.url()).search).toBe('?format=FAMILY_DROP_IN&status=DELIVERED');
      await page.getByRole('heading', { level: 2, name: 'Matching sessions' }).waitFor();

      const totals = await page.locator('[data-session-totals]').innerText();
      await page.reload();
      await page.getByRole('heading', { level: 2, name: 'Matching sessions' }).waitFor();
      await page.locator('[data-session-id]').first().waitFor();
      const reloaded = page.getByRole('form', { name: 'Filter sessions' });
      expect(await reloaded.getByLabel('Format').inputValue()).toBe('FAMILY_DROP_IN');
      expect(await reloaded.getByLabel('Status').inputValue()).toBe('DELIVERED');
      expect(await page.locator('[data-session-totals]').innerText()).toBe(totals);
      for (const text of await page.locator('[data-session-id]').allInnerTexts())
        expect(text).toContain('Family drop-in');
      // The downloads carry the same filters.
      expect(await page.getByRole('link', { name: 'Download CSV' }).getAttribute('href')).toBe(
        '/api/exports/sessions.csv?format=FAMILY_DROP_IN&status=DELIVERED',
      );
      await screenshot(page, 'sessions-filtered');
    } finally {
      await context.close();
    }
  });

  it('has no serious accessibility violations on the list, the form and a session', async () => {
    const { context, page } = await newPage(browser, app.baseUrl);
    try {
      await signInAs(page, officer.email, app.demo.password);
      for (const path of ['/sessions', '/sessions/log', `/sessions/${loggedId}`]) {
        await page.goto(path);
        await page.getByRole('heading', { level: 1 }).waitFor();
        await page.waitForLoadState('networkidle');
        expect(await seriousViolations(page), path).toEqual([]);
      }
      // The form with its defaults and "More details" open.
      await page.goto('/sessions/log');
      await page.getByRole('textbox', { name: 'Programme' }).click();
      await page.getByRole('option', { name: 'Schools - KS2 Romans' }).click();
      await page.getByText(/^Filled in from/).waitFor();
      await page.getByRole('button', { name: 'More details' }).click();
      expect(await seriousViolations(page), '/sessions/log filled in').toEqual([]);
      await screenshot(page, 'log-session-form');
    } finally {
      await context.close();
    }
  });
});
