import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  checkAtBothWidths,
  DESKTOP,
  launchBrowser,
  newPage,
  PHONE,
  seriousViolations,
  sidewaysOverflow,
  signInAs,
} from '../support/browser';
import { startBuiltApp, type BuiltApp } from '../support/built-app';

/** Tabs until the focused element's accessible name or value matches, as a keyboard user would. */
async function tabTo(page: Page, matches: (label: string) => boolean, limit = 40): Promise<void> {
  for (let i = 0; i < limit; i += 1) {
    await page.keyboard.press('Tab');
    const label = await page.evaluate(() => {
      const element = document.activeElement as HTMLInputElement | null;
      if (!element) return '';
      return `${element.closest('label')?.textContent ?? ''}|${element.textContent ?? ''}|${element.getAttribute('aria-label') ?? ''}`;
    });
    if (matches(label)) return;
  }
  throw new Error('focus never reached the element');
}

describe('Surveys in Chromium (built app)', () => {
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

  it('a learning officer builds and opens a survey; the public answers it on a phone with the keyboard', async () => {
    const { context, page } = await newPage(browser, app.baseUrl, DESKTOP);
    let link = '';
    try {
      await signInAs(page, person('LEARNING_OFFICER').email, app.demo.password);
      await page
        .getByRole('navigation', { name: 'Main' })
        .getByRole('link', { name: 'Surveys', exact: true })
        .click();
      await page.waitForURL('**/surveys');
      await page.getByRole('link', { name: 'Memories Café: how was today?' }).waitFor();
      await page.waitForLoadState('networkidle');
      await checkAtBothWidths(page, 'surveys-list');

      await page.getByRole('link', { name: 'New survey' }).click();
      await page.waitForURL('**/surveys/new');
      await page.getByRole('textbox', { name: 'Title' }).fill('Toy workshop feedback');
      await page.getByRole('textbox', { name: 'Programme' }).click();
      await page.getByRole('option', { name: 'Schools - KS1 Toys Past & Present' }).click();
      await page.getByRole('checkbox', { name: /Knowledge and understanding/ }).check();
      await page.getByRole('checkbox', { name: /Happiness yesterday/ }).check();
      await page.getByRole('checkbox', { name: /^Challenge/ }).check();
      await page.getByRole('button', { name: 'Move "Challenge" up' }).click();
      await page.waitForLoadState('networkidle');
      await checkAtBothWidths(page, 'survey-builder');
      const order = await page
        .getByRole('list', { name: 'Questions in the order asked' })
        .innerText();
      expect(order.indexOf('It made me think')).toBeLessThan(
        order.indexOf('how happy did you feel'),
      );
      await page.getByRole('button', { name: 'Create survey' }).click();
      await page.waitForURL(/\/surveys\/[0-9a-f-]{36}$/);
      await page.getByRole('heading', { level: 1, name: 'Toy workshop feedback' }).waitFor();
      await page.getByText('Open the survey to share its link and QR code.').waitFor();

      await page.getByRole('button', { name: 'Open survey' }).click();
      await page.getByRole('dialog').getByRole('button', { name: 'Open survey' }).click();
      await page.getByRole('dialog').waitFor({ state: 'hidden' });
      const linkBox = page.getByRole('textbox', { name: 'Survey link' });
      await linkBox.waitFor();
      link = await linkBox.inputValue();
      expect(link).toMatch(/\/s\/[A-Za-z0-9_-]{22}$/);
      await page.getByRole('img', { name: /QR code for the survey link/ }).waitFor();
      await page.waitForLoadState('networkidle');
      await checkAtBothWidths(page, 'survey-open');

      // A participant on a phone, signed out, keyboard only.
      const phone = await newPage(browser, app.baseUrl, PHONE);
      try {
        const form = phone.page;
        await form.goto(new URL(link).pathname);
        await form.getByRole('heading', { level: 1, name: 'Toy workshop feedback' }).waitFor();
        await form.getByText('0 of 3 answered').waitFor();
        expect(await sidewaysOverflow(form)).toBeLessThanOrEqual(0);
        expect(await seriousViolations(form)).toEqual([]);
        // Question 1 (agree scale): tab in, space chooses, arrows move.
        await tabTo(form, (label) => label.startsWith('Strongly disagree'));
        await form.keyboard.press('Space');
        for (let i = 0; i < 3; i += 1) await form.keyboard.press('ArrowDown');
        expect(await form.getByRole('radio', { name: 'Agree', exact: true }).isChecked()).toBe(
          true,
        );
        // Question 2 (quality, 0 to 10 stored as tenths).
        await form.keyboard.press('Tab');
        await form.keyboard.press('Space');
        for (let i = 0; i < 7; i += 1) await form.keyboard.press('ArrowRight');
        // Question 3 (ONS4 happiness).
        await form.keyboard.press('Tab');
        await form.keyboard.press('Space');
        for (let i = 0; i < 8; i += 1) await form.keyboard.press('ArrowRight');
        await form.getByText('3 of 3 answered').waitFor();
        await tabTo(form, (label) => label.includes('Send my answers'));
        await form.keyboard.press('Enter');
        await form.getByRole('heading', { name: 'Thank you' }).waitFor();
        expect(await seriousViolations(form)).toEqual([]);
        expect(await sidewaysOverflow(form)).toBeLessThanOrEqual(0);
      } finally {
        await phone.context.close();
      }

      // The response is counted (its figures withheld: fewer than 5 people).
      await page.reload();
      await page.getByText('1 response', { exact: false }).first().waitFor();
      await page.getByText('Fewer than 5 responses').first().waitFor();

      // Closed and unknown links say so plainly.
      await page.getByRole('button', { name: 'Close survey' }).click();
      await page.getByRole('dialog').getByRole('button', { name: 'Close survey' }).click();
      await page.getByRole('dialog').waitFor({ state: 'hidden' });
      await page.getByText('The survey is closed: its link tells people so.').waitFor();
      const visitor = await newPage(browser, app.baseUrl, PHONE);
      try {
        await visitor.page.goto(new URL(link).pathname);
        await visitor.page.getByRole('heading', { name: 'This survey has closed' }).waitFor();
        await visitor.page
          .getByText('This survey has closed. Thank you for your interest.')
          .waitFor();
        await checkAtBothWidths(visitor.page, 'survey-closed');
        await visitor.page.goto('/s/no-such-survey-link-here');
        await visitor.page.getByRole('heading', { name: 'Survey not found' }).waitFor();
        await visitor.page
          .getByText(
            "We can't find this survey. Check the link or ask the person who gave it to you.",
          )
          .waitFor();
        await checkAtBothWidths(visitor.page, 'survey-unknown');
      } finally {
        await visitor.context.close();
      }
    } finally {
      await context.close();
    }
  });

  it('shows results with paired change, follow-up and contacts to the learning team, and no contacts to trustees', async () => {
    const { context, page } = await newPage(browser, app.baseUrl, DESKTOP);
    try {
      await signInAs(page, person('HEAD_OF_LEARNING').email, app.demo.password);
      await page.goto('/surveys');
      await page.getByRole('link', { name: 'KS2 Romans: before and after' }).click();
      await page.getByRole('heading', { name: 'Change from before to after (paired)' }).waitFor();
      const knowledge = page.getByRole('row', { name: /^Knowledge and understanding 60 \+/ });
      await knowledge.waitFor();
      await page.waitForLoadState('networkidle');
      await checkAtBothWidths(page, 'survey-results');

      await page.goto('/surveys');
      await page.getByRole('link', { name: 'Memories Café: how was today?' }).click();
      await page.getByRole('heading', { name: /Follow-up at 3, 6, 12 months/ }).waitFor();
      await page.getByRole('row', { name: /^3 months/ }).waitFor();
      await page.getByRole('cell', { name: 'participant-1@example.org' }).waitFor();
      await page.waitForLoadState('networkidle');
      await checkAtBothWidths(page, 'survey-follow-up');
    } finally {
      await context.close();
    }
    const trustee = await newPage(browser, app.baseUrl, DESKTOP);
    try {
      await signInAs(trustee.page, person('TRUSTEE').email, app.demo.password);
      const nav = await trustee.page.getByRole('navigation', { name: 'Main' }).innerText();
      expect(nav).not.toContain('Surveys');
      await trustee.page.goto('/surveys');
      await trustee.page.getByRole('heading', { level: 1 }).waitFor();
      expect(await trustee.page.getByText('participant-1@example.org').count()).toBe(0);
    } finally {
      await trustee.context.close();
    }
  });
});
