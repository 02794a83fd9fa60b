import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, newPage, screenshot, signInAs } from '../support/browser';
import { startBuiltApp, type BuiltApp } from '../support/built-app';

/** Opens the dev mailbox and returns the first link in the newest mail to `to` that matches `path`. */
async function linkFromMailbox(page: Page, to: string, path: string): Promise<string> {
  await page.goto('/dev-mailbox');
  await page.getByRole('heading', { level: 2, name: 'Caught emails' }).waitFor();
  const link = page.locator(`a[href*="${path}?token="]`).first();
  const deadline = Date.now() + 20_000;
  while (Date.now() < deadline) {
    const toggle = page.getByRole('button', { name: 'Show message' }).first();
    if ((await page.getByText(to).count()) > 0 && (await toggle.count()) > 0) {
      await toggle.click();
      if ((await link.count()) > 0) break;
    }
    await page.getByRole('button', { name: 'Refresh' }).click();
    await page.waitForTimeout(500);
  }
  const href = await link.getAttribute('href');
  if (!href) throw new Error(`no ${path} link for ${to} in the dev mailbox`);
  return href;
}

describe('invitations and password resets in the browser, through the dev mailbox', () => {
  let app: BuiltApp;
  let browser: Browser;

  beforeAll(async () => {
    [app, browser] = await Promise.all([startBuiltApp({ devMailbox: true }), launchBrowser()]);
  });
  afterAll(async () => {
    await browser?.close();
    await app?.stop();
  });

  it('an admin invites a head of learning, who accepts from the emailed link and is signed in', async () => {
    const admin = app.demo.people.find((p) => p.role === 'ADMIN')!;
    const invitee = 'new.head@riverside-museum.example';
    const { context, page } = await newPage(browser, app.baseUrl);
    try {
      await signInAs(page, admin.email, app.demo.password);
      await page.goto('/members');
      const form = page.getByRole('form', { name: 'Invite someone' });
      await form.getByLabel('Email address').fill(invitee);
      await form.getByRole('radio', { name: /Head of learning/ }).check();
      await form.getByRole('button', { name: 'Send invitation' }).click();
      await page.getByText(`Invitation sent to ${invitee}.`).waitFor();
      await screenshot(page, 'invite-sent');
      const link = await linkFromMailbox(page, invitee, '/accept-invitation');
      expect(link.startsWith(app.baseUrl)).toBe(true);

      const { context: fresh, page: guest } = await newPage(browser, app.baseUrl);
      try {
        await guest.goto(link);
        await guest
          .getByText(`Riverside Museum (demo) invited ${invitee} to join as Head of learning.`)
          .waitFor();
        await guest.getByLabel('Your name').fill('Robin Hart');
        await guest.getByLabel('Choose a password', { exact: true }).fill('lighthouse-keepers-log');
        await guest.getByRole('button', { name: 'Accept invitation' }).click();
        await guest.waitForURL((url) => !url.pathname.startsWith('/accept-invitation'));
        await guest.getByRole('button', { name: 'Account: Robin Hart' }).waitFor();
        await screenshot(guest, 'invite-accepted');

        // The same link cannot be used twice.
        await guest.context().clearCookies();
        await guest.goto(link);
        await guest.getByText('This invitation cannot be used').waitFor();
      } finally {
        await fresh.close();
      }
      await page.goto('/members');
      await page.getByRole('cell', { name: 'Robin Hart' }).waitFor();
    } finally {
      await context.close();
    }
  });

  it('a person who forgot their password resets it from the emailed link and signs in with the new one', async () => {
    const officer = app.demo.people.find((p) => p.role === 'LEARNING_OFFICER')!;
    const { context, page } = await newPage(browser, app.baseUrl);
    try {
      await page.goto('/sign-in');
      await page.getByRole('link', { name: 'Forgot your password?' }).click();
      await page.getByRole('heading', { level: 1, name: 'Reset your password' }).waitFor();
      await page.getByLabel('Email address').fill(officer.email);
      await page.getByRole('button', { name: 'Send reset link' }).click();
      await page
        .getByText(
          "If an account exists for that email, we've sent a link to reset the password.",
          { exact: false },
        )
        .waitFor();

      const link = await linkFromMailbox(page, officer.email, '/reset-password');
      await page.goto(link);
      await page.getByLabel('New password', { exact: true }).fill('a-fresh-start-in-spring');
      await page
        .getByLabel('Confirm new password', { exact: true })
        .fill('a-fresh-start-in-spring');
      await page.getByRole('button', { name: 'Change password' }).click();
      await page
        .getByText('Your password has been changed. Sign in with your new password.')
        .waitFor();

      await signInAs(page, officer.email, 'a-fresh-start-in-spring');
      await page.getByRole('button', { name: `Account: ${officer.name}` }).waitFor();
    } finally {
      await context.close();
    }
  });
});
