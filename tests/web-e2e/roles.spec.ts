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

type Role = 'ADMIN' | 'HEAD_OF_LEARNING' | 'LEARNING_OFFICER' | 'TRUSTEE';

/** What each role's navigation offers, and the page heading behind each link. */
const NAVIGATION: Record<Role, Array<{ link: string; path: string; heading: string }>> = {
  ADMIN: [
    { link: 'Members', path: '/members', heading: 'Members' },
    { link: 'Settings', path: '/settings', heading: 'Settings' },
    { link: 'Audit log', path: '/audit', heading: 'Audit log' },
    { link: 'System status', path: '/status', heading: 'System status' },
  ],
  HEAD_OF_LEARNING: [
    { link: 'Members', path: '/members', heading: 'Members' },
    { link: 'Settings', path: '/settings', heading: 'Settings' },
  ],
  LEARNING_OFFICER: [
    { link: 'Members', path: '/members', heading: 'Members' },
    { link: 'Settings', path: '/settings', heading: 'Settings' },
  ],
  TRUSTEE: [{ link: 'Settings', path: '/settings', heading: 'Settings' }],
};
const ALL_LINKS = ['Members', 'Settings', 'Audit log', 'System status'];

async function navLinks(page: Page): Promise<string[]> {
  const nav = page.getByRole('navigation', { name: 'Main' });
  const names: string[] = [];
  for (const name of ALL_LINKS) {
    if ((await nav.getByRole('link', { name, exact: true }).count()) > 0) names.push(name);
  }
  return names;
}

describe('each role signs in and sees exactly what it should', () => {
  let app: BuiltApp;
  let browser: Browser;

  beforeAll(async () => {
    [app, browser] = await Promise.all([startBuiltApp(), launchBrowser()]);
  });
  afterAll(async () => {
    await browser?.close();
    await app?.stop();
  });

  for (const role of Object.keys(NAVIGATION) as Role[]) {
    it(`${role}: navigation, every main page, accessibility`, async () => {
      const person = app.demo.people.find((p) => p.role === role)!;
      const { context, page } = await newPage(browser, app.baseUrl);
      try {
        await signInAs(page, person.email, app.demo.password);
        await page.getByRole('navigation', { name: 'Main' }).waitFor();
        expect(await navLinks(page)).toEqual(
          NAVIGATION[role]
            .map((n) => n.link)
            .sort((a, b) => ALL_LINKS.indexOf(a) - ALL_LINKS.indexOf(b)),
        );

        for (const item of NAVIGATION[role]) {
          await page
            .getByRole('navigation', { name: 'Main' })
            .getByRole('link', { name: item.link, exact: true })
            .click();
          await page.waitForURL(`**${item.path}`);
          await page.getByRole('heading', { level: 1, name: item.heading }).waitFor();
          await page.waitForLoadState('networkidle');
          expect(await seriousViolations(page), `${role} ${item.path}`).toEqual([]);
          await screenshot(page, `role-${role.toLowerCase()}-${item.path.slice(1)}`);
        }
      } finally {
        await context.close();
      }
    });
  }

  it('trustee: no personal data and no edit controls anywhere', async () => {
    const trustee = app.demo.people.find((p) => p.role === 'TRUSTEE')!;
    const others = app.demo.people.filter((p) => p.role !== 'TRUSTEE');
    const { context, page } = await newPage(browser, app.baseUrl);
    try {
      await signInAs(page, trustee.email, app.demo.password);
      for (const path of ['/settings', '/members', '/audit', '/status']) {
        await page.goto(path);
        await page.getByRole('heading', { level: 1 }).first().waitFor();
        await page.waitForLoadState('networkidle');
        const text = await page.locator('body').innerText();
        for (const other of others)
          expect(text, `${path} shows ${other.email}`).not.toContain(other.email);
        const editControls = page.getByRole('button', {
          name: /save|add site|edit|delete|remove|invite|change role|run a worker check/i,
        });
        expect(await editControls.count(), `${path} has edit controls`).toBe(0);
        expect(
          await page.locator('input:not([type=hidden]):not([readonly]):not([disabled])').count(),
          `${path} has inputs`,
        ).toBe(0);
      }
      await screenshot(page, 'role-trustee-denied-page');
    } finally {
      await context.close();
    }
  });

  it('signs in by keyboard alone and works at 360 px wide', async () => {
    const admin = app.demo.people.find((p) => p.role === 'ADMIN')!;
    const { context, page } = await newPage(browser, app.baseUrl, { width: 360, height: 740 });
    try {
      await page.goto('/sign-in');
      await page.getByLabel('Email address').waitFor();
      for (let i = 0; i < 10; i += 1) {
        const name = await page.evaluate(
          () => (document.activeElement as HTMLInputElement | null)?.type ?? '',
        );
        if (name === 'email') break;
        await page.keyboard.press('Tab');
      }
      await page.keyboard.type(admin.email);
      await page.keyboard.press('Tab');
      await page.keyboard.type(app.demo.password);
      await page.keyboard.press('Enter');
      await page.waitForURL((url) => !url.pathname.startsWith('/sign-in'));
      await page.getByRole('heading', { level: 1 }).first().waitFor();
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - window.innerWidth,
      );
      expect(overflow).toBeLessThanOrEqual(0);
      await screenshot(page, 'sign-in-keyboard-360');
    } finally {
      await context.close();
    }
  });

  it('public pages have no serious accessibility violations', async () => {
    const { context, page } = await newPage(browser, app.baseUrl);
    try {
      for (const path of ['/sign-in', '/sign-up', '/forgot-password']) {
        await page.goto(path);
        await page.getByRole('heading', { level: 1 }).first().waitFor();
        expect(await seriousViolations(page), path).toEqual([]);
        await screenshot(page, `public-${path.slice(1)}`);
      }
    } finally {
      await context.close();
    }
  });
});
