import { describe, expect, it } from 'vitest';
import { extractLinks } from './mail-links';
import { escapeHtml, formatMailTime, invitationMail, passwordResetMail } from './mail-templates';

const link = 'https://lantern.example.org/invitations/accept?token=abc123&next=%2Fhome';
const expiresAt = new Date('2026-03-03T14:00:00Z');

describe('invitationMail', () => {
  const mail = invitationMail({
    organisationName: 'Riverside Museum',
    inviterName: 'Ada Lovelace',
    roleLabel: 'Editor',
    link,
    expiresAt,
  });

  it('names the organisation in the subject and says who invited whom, as what', () => {
    expect(mail.subject).toBe("You're invited to join Riverside Museum on Lantern");
    expect(mail.text).toContain(
      'Ada Lovelace has invited you to join Riverside Museum on Lantern as Editor.',
    );
    expect(mail.text).toContain('expires on 3 March 2026 at 14:00 (UK time)');
  });

  it('carries the link as plain text and as an escaped href, shown as text too', () => {
    expect(extractLinks(mail.text)).toEqual([link]);
    const escaped = link.replace(/&/g, '&amp;');
    expect(mail.html).toContain(`href="${escaped}"`);
    expect(mail.html).toContain(`copy this address into your browser:<br>${escaped}`);
    expect(mail.html).not.toContain('<img');
    expect(mail.html).toMatch(/^<!doctype html>\n<html lang="en-GB">/);
  });

  it('escapes everything interpolated into the HTML', () => {
    const hostile = invitationMail({
      organisationName: '<script>alert(1)</script> & "Co"',
      inviterName: "O'Brien <ob@example.org>",
      roleLabel: '<b>Admin</b>',
      link: 'https://lantern.example.org/accept?token="><script>',
      expiresAt,
    });
    for (const raw of ['<script', '<b>', '"><', '<ob@']) {
      expect(hostile.html.replaceAll('style="margin:0 0 16px;"><a', '')).not.toContain(raw);
    }
    // The link is a URL again, not markup: the quote and brackets are percent-encoded.
    expect(hostile.html).toContain(
      'href="https://lantern.example.org/accept?token=%22%3E%3Cscript%3E"',
    );
    expect(hostile.html).toContain('&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;Co&quot;');
    expect(hostile.html).toContain('O&#39;Brien &lt;ob@example.org&gt;');
    // The plain text stays as written (it is not HTML).
    expect(hostile.text).toContain("O'Brien <ob@example.org> has invited you");
  });

  it('keeps names to one line, so nothing can be smuggled into the subject', () => {
    const mail = invitationMail({
      organisationName: 'Riverside\r\nBcc: everyone@example.org',
      inviterName: 'Ada',
      roleLabel: 'Viewer',
      link,
      expiresAt,
    });
    expect(mail.subject).toBe(
      "You're invited to join Riverside Bcc: everyone@example.org on Lantern",
    );
    expect(mail.subject).not.toMatch(/[\r\n]/);
  });

  it('refuses a link that is not http(s)', () => {
    expect(() =>
      invitationMail({
        organisationName: 'R',
        inviterName: 'A',
        roleLabel: 'E',
        link: 'javascript:alert(1)',
        expiresAt,
      }),
    ).toThrow('mail links must be http(s) URLs');
  });
});

describe('passwordResetMail', () => {
  const resetLink = 'https://lantern.example.org/reset-password?token=t0k3n';
  const mail = passwordResetMail({ link: resetLink, expiresAt: new Date('2026-07-01T09:30:00Z') });

  it('says what it is, that the link works once and for one hour, and what to do if unexpected', () => {
    expect(mail.subject).toBe('Reset your Lantern password');
    expect(mail.text).toContain(
      'The link works once and for one hour: it expires on 1 July 2026 at 10:30 (UK time).',
    );
    expect(mail.text).toContain(
      "If you didn't ask to reset your password, you can ignore this email",
    );
    expect(mail.html).toContain("If you didn't ask to reset your password");
  });

  it('has the link in the text and the HTML', () => {
    expect(extractLinks(mail.text)).toEqual([resetLink]);
    expect(mail.html).toContain(`href="${resetLink}"`);
    expect(mail.html).toContain(`<br>${resetLink}`);
  });
});

describe('helpers', () => {
  it('escapeHtml escapes the five special characters', () => {
    expect(escapeHtml(`<a href="x">'&'</a>`)).toBe(
      '&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;',
    );
  });

  it('formatMailTime uses UK time, summer and winter', () => {
    expect(formatMailTime(new Date('2026-01-15T12:00:00Z'))).toBe(
      '15 January 2026 at 12:00 (UK time)',
    );
    expect(formatMailTime(new Date('2026-08-15T12:00:00Z'))).toBe(
      '15 August 2026 at 13:00 (UK time)',
    );
  });
});
