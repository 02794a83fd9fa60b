/**
 * The mail Lantern sends, as pure functions: plain text (the source of truth, with every
 * link written out) and simple, accessible HTML (no images, no tracking, one link per
 * action with the address also shown as text). Everything interpolated is HTML-escaped.
 */

export interface RenderedMail {
  subject: string;
  text: string;
  html: string;
}

const ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

export function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (char) => ESCAPES[char] ?? char);
}

/** Names go into subjects and sentences: one line, no runs of whitespace. */
function oneLine(value: string): string {
  return value.replace(/\s+/g, ' ').trim();
}

function checkedLink(link: string): string {
  const url = new URL(link);
  if (url.protocol !== 'https:' && url.protocol !== 'http:')
    throw new Error('mail links must be http(s) URLs');
  return url.toString();
}

const whenFormat = new Intl.DateTimeFormat('en-GB', {
  dateStyle: 'long',
  timeStyle: 'short',
  timeZone: 'Europe/London',
});

/** "3 March 2026 at 14:00 (UK time)" */
export function formatMailTime(at: Date): string {
  return `${whenFormat.format(at)} (UK time)`;
}

function htmlDocument(title: string, paragraphs: string[]): string {
  return [
    '<!doctype html>',
    '<html lang="en-GB">',
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${escapeHtml(title)}</title>`,
    '</head>',
    '<body style="margin:0;padding:24px;background:#ffffff;color:#1f2328;font-family:Arial,Helvetica,sans-serif;font-size:16px;line-height:1.5;">',
    '<div style="max-width:600px;margin:0 auto;">',
    ...paragraphs.map((paragraph) => `<p style="margin:0 0 16px;">${paragraph}</p>`),
    '</div>',
    '</body>',
    '</html>',
    '',
  ].join('\n');
}

function actionLink(href: string, label: string): string {
  return `<a href="${escapeHtml(href)}" style="color:#0b5394;font-weight:bold;">${escapeHtml(label)}</a>`;
}

function linkAsText(href: string): string {
  return `If the link does not work, copy this address into your browser:<br>${escapeHtml(href)}`;
}

export interface InvitationMailInput {
  organisationName: string;
  inviterName: string;
  /** How the role reads in a sentence, e.g. "Editor". */
  roleLabel: string;
  link: string;
  expiresAt: Date;
}

export function invitationMail(input: InvitationMailInput): RenderedMail {
  const organisation = oneLine(input.organisationName);
  const inviter = oneLine(input.inviterName);
  const role = oneLine(input.roleLabel);
  const link = checkedLink(input.link);
  const expires = formatMailTime(input.expiresAt);
  const subject = `You're invited to join ${organisation} on Lantern`;

  const text = [
    `${inviter} has invited you to join ${organisation} on Lantern as ${role}.`,
    '',
    'Lantern is where your learning and engagement team plans programmes, records sessions and reports on its impact.',
    '',
    'To accept the invitation, open this link:',
    link,
    '',
    `The invitation expires on ${expires}.`,
    '',
    'If you were not expecting this invitation, you can ignore this email: nothing happens unless you accept.',
    '',
  ].join('\n');

  const html = htmlDocument(subject, [
    `${escapeHtml(inviter)} has invited you to join <strong>${escapeHtml(organisation)}</strong> on Lantern as ${escapeHtml(role)}.`,
    'Lantern is where your learning and engagement team plans programmes, records sessions and reports on its impact.',
    actionLink(link, `Accept the invitation to ${organisation}`),
    linkAsText(link),
    `The invitation expires on ${escapeHtml(expires)}.`,
    'If you were not expecting this invitation, you can ignore this email: nothing happens unless you accept.',
  ]);

  return { subject, text, html };
}

export interface PasswordResetMailInput {
  link: string;
  expiresAt: Date;
}

export function passwordResetMail(input: PasswordResetMailInput): RenderedMail {
  const link = checkedLink(input.link);
  const expires = formatMailTime(input.expiresAt);
  const subject = 'Reset your Lantern password';

  const text = [
    'Someone asked to reset the password of the Lantern account for this email address.',
    '',
    'To choose a new password, open this link:',
    link,
    '',
    `The link works once and for one hour: it expires on ${expires}.`,
    '',
    "If you didn't ask to reset your password, you can ignore this email: your password stays the same.",
    '',
  ].join('\n');

  const html = htmlDocument(subject, [
    'Someone asked to reset the password of the Lantern account for this email address.',
    actionLink(link, 'Choose a new password'),
    linkAsText(link),
    `The link works once and for one hour: it expires on ${escapeHtml(expires)}.`,
    "If you didn't ask to reset your password, you can ignore this email: your password stays the same.",
  ]);

  return { subject, text, html };
}
