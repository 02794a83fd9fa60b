import { deflateSync } from 'node:zlib';
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

/** A small PNG (an orange square) made from bytes, for the upload. */
function png(size = 32): Buffer {
  const table = Array.from({ length: 256 }, (_, n) => {
    let c = n;
    for (let k = 0; k < 8; k += 1) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    return c >>> 0;
  });
  const crc = (bytes: Buffer) => {
    let c = 0xffffffff;
    for (const byte of bytes) c = table[(c ^ byte) & 0xff]! ^ (c >>> 8);
    return (c ^ 0xffffffff) >>> 0;
  };
  const chunk = (type: string, data: Buffer) => {
    const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
    const out = Buffer.alloc(12 + data.length);
    out.writeUInt32BE(data.length, 0);
    body.copy(out, 4);
    out.writeUInt32BE(crc(body), 8 + data.length);
    return out;
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header[8] = 8;
  header[9] = 2;
  const row = Buffer.concat([Buffer.from([0]), Buffer.alloc(size * 3, 0)]);
  for (let x = 0; x < size; x += 1) row.set([230, 120, 40], 1 + x * 3);
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(Buffer.concat(Array.from({ length: size }, () => row)))),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

async function openNav(page: Page, name: string, path: string) {
  await page
    .getByRole('navigation', { name: 'Main' })
    .getByRole('link', { name, exact: true })
    .click();
  await page.waitForURL(`**${path}`);
}

describe('Evidence, commitments and the action log in Chromium (built app)', () => {
  let app: BuiltApp;
  let browser: Browser;

  beforeAll(async () => {
    [app, browser] = await Promise.all([startBuiltApp({ worker: false }), launchBrowser()]);
  });
  afterAll(async () => {
    await browser?.close();
    await app?.stop();
  });

  const person = (role: string) => app.demo.people.find((p) => p.role === role)!;

  it('a learning officer uploads a photo and tags it to a principle', async () => {
    const { context, page } = await newPage(browser, app.baseUrl, DESKTOP);
    try {
      await signInAs(page, person('LEARNING_OFFICER').email, app.demo.password);
      await openNav(page, 'Evidence', '/evidence');
      await page.getByRole('heading', { level: 1, name: 'Evidence' }).waitFor();
      await page.getByText('Grandmother at the family day').waitFor();
      await page.waitForLoadState('networkidle');
      await checkAtBothWidths(page, 'evidence-library');

      await page.getByRole('button', { name: 'Add evidence' }).click();
      const dialog = page.getByRole('dialog', { name: 'Add evidence' });
      await dialog.getByRole('combobox', { name: 'Kind' }).selectOption('PHOTO');
      await dialog.getByRole('textbox', { name: 'Title' }).fill('Orange square from the art cart');
      await dialog.getByRole('textbox', { name: 'Words' }).fill('A test picture, made in code.');
      await dialog.getByRole('combobox', { name: 'Consent' }).selectOption('NOT_NEEDED');
      await dialog.getByRole('checkbox', { name: /^Publishable/ }).check();
      const elements = dialog.getByRole('textbox', { name: 'Framework elements' });
      await elements.click();
      await elements.fill('Collections');
      await page
        .getByRole('listbox', { name: 'Framework elements' })
        .getByRole('option', { name: 'MA_LE.5 Collections' })
        .click();
      await page.keyboard.press('Escape');
      await dialog
        .locator('input[type=file]')
        .setInputFiles({ name: 'orange.png', mimeType: 'image/png', buffer: png() });
      await dialog.getByText('Chosen: orange.png').waitFor();
      expect(await seriousViolations(page)).toEqual([]);
      await dialog.getByRole('button', { name: 'Add evidence' }).click();
      // The dialog's title changes once the details are saved: wait for any dialog to close.
      const anyDialog = page.getByRole('dialog');
      await anyDialog
        .waitFor({ state: 'hidden', timeout: 20_000 })
        .catch(async (error: unknown) => {
          throw new Error(`the dialog stayed open: ${await anyDialog.innerText()}`, {
            cause: error,
          });
        });

      const card = page
        .getByRole('listitem')
        .filter({ hasText: 'Orange square from the art cart' });
      await card.waitFor();
      await expect(card.innerText()).resolves.toContain('MA_LE.5 Collections');
      const image = card.getByRole('img');
      await image.waitFor();
      await expect
        .poll(() => image.evaluate((element) => (element as HTMLImageElement).naturalWidth))
        .toBe(32);
      await page.waitForLoadState('networkidle');
      await checkAtBothWidths(page, 'evidence-uploaded');
    } finally {
      await context.close();
    }
  });

  it('a head of learning makes a commitment, records and corrects an action, and verifies the log', async () => {
    const { context, page } = await newPage(browser, app.baseUrl, DESKTOP);
    try {
      await signInAs(page, person('HEAD_OF_LEARNING').email, app.demo.password);
      await openNav(page, 'Commitments', '/commitments');
      await page.getByRole('heading', { level: 1, name: 'Commitments' }).waitFor();
      // The demo's partnership charter has had no action for months: a say/do gap.
      await page.getByText('1 commitment has a say/do gap.').waitFor();
      await page.getByText(/^No action recorded in the last 90 days/).waitFor();
      await page.waitForLoadState('networkidle');
      await checkAtBothWidths(page, 'commitments');

      await page.getByRole('button', { name: 'Make a commitment' }).click();
      const form = page.getByRole('dialog', { name: 'Make a commitment' });
      await form
        .getByRole('combobox', { name: /^Under/ })
        .selectOption({ label: 'MA_LE.3 Activism' });
      await form
        .getByRole('textbox', { name: 'What the museum commits to' })
        .fill('Respond in public to every community complaint within a month');
      await form.getByRole('combobox', { name: 'Status' }).selectOption('ACTIVE');
      await form.getByRole('button', { name: 'Make commitment' }).click();
      await form.waitFor({ state: 'hidden' });
      await page
        .getByRole('link', {
          name: 'Respond in public to every community complaint within a month',
        })
        .click();
      await page.waitForURL('**/commitments/*');
      await page.getByText('No actions yet').waitFor();

      await page.getByRole('button', { name: 'Record an action' }).click();
      const action = page.getByRole('dialog', { name: 'Record an action' });
      await action
        .getByRole('textbox', { name: 'What was done' })
        .fill('Answered three complaints about the closed café');
      await action
        .getByRole('textbox', { name: 'With whom (optional)' })
        .fill('Visitors who wrote in');
      await action.getByRole('button', { name: 'Record the action' }).click();
      await action.waitFor({ state: 'hidden' });
      const timeline = page.getByRole('list', { name: 'Action timeline' });
      await timeline.getByText('Answered three complaints about the closed café').waitFor();

      const entry = timeline.getByRole('listitem').first();
      const correct = entry.getByRole('button', { name: /^Correct entry \d+$/ });
      await correct.click();
      const correction = page.getByRole('dialog', { name: /^Correct entry \d+$/ });
      await correction
        .getByRole('textbox', { name: 'What was done' })
        .fill('Answered four complaints about the closed café');
      await correction.getByRole('button', { name: 'Record the correction' }).click();
      await correction.waitFor({ state: 'hidden' });
      await timeline.getByText('Answered four complaints about the closed café').waitFor();
      await timeline.getByText(/^Corrected by entry \d+$/).waitFor();
      await timeline.getByText(/^Corrects entry \d+$/).waitFor();
      await expect(timeline.locator('del').innerText()).resolves.toContain(
        'Answered three complaints',
      );
      await page.waitForLoadState('networkidle');
      await checkAtBothWidths(page, 'commitment-timeline');

      await openNav(page, 'Commitments', '/commitments');
      await page.getByRole('button', { name: 'Verify the action log' }).click();
      await page.getByText('The action log is intact').waitFor();
      await expect(
        page.getByRole('status').filter({ hasText: 'entries match' }).innerText(),
      ).resolves.toMatch(/All 22 entries match their hashes/);
    } finally {
      await context.close();
    }
  });

  it('a trustee reads manifesto coverage for a period and sees no drafts', async () => {
    const { context, page } = await newPage(browser, app.baseUrl, DESKTOP);
    try {
      await signInAs(page, person('TRUSTEE').email, app.demo.password);
      await openNav(page, 'Coverage', '/coverage');
      await page.getByRole('heading', { level: 1, name: 'Manifesto coverage' }).waitFor();
      const table = page.getByRole('table', { name: /^Coverage in/ });
      await table.waitFor();
      await expect(table.getByRole('rowheader').allInnerTexts()).resolves.toHaveLength(8);
      await page.waitForLoadState('networkidle');
      await checkAtBothWidths(page, 'coverage');

      await openNav(page, 'Evidence', '/evidence');
      await page.getByText('Grandmother at the family day').waitFor();
      await expect(page.getByText('Notes from the youth panel').count()).resolves.toBe(1);
      await expect(page.getByText('Draft: not publishable').count()).resolves.toBe(0);
      await expect(page.getByText('Carer at the memory café').count()).resolves.toBe(0);
      await expect(page.getByRole('button', { name: 'Add evidence' }).count()).resolves.toBe(0);
    } finally {
      await context.close();
    }
  });
});
