import { escapeHtml, type RenderedMail } from '../../platform/mail/mail-templates';

export interface FollowUpMailInput {
  organisationName: string;
  surveyTitle: string;
  months: number;
  surveyLink: string;
  withdrawLink: string;
}

function oneLine(value: string): string {
  return value.replace(/\s+/g, ' ').trim();
}

/** The follow-up invitation: plain text with every link written out, and simple HTML. */
export function followUpMail(input: FollowUpMailInput): RenderedMail {
  const museum = oneLine(input.organisationName);
  const title = oneLine(input.surveyTitle);
  const when = `${input.months} ${input.months === 1 ? 'month' : 'months'}`;
  const subject = `${museum}: how are things ${when} on?`;
  const text = [
    `About ${when} ago you took part in "${title}" with ${museum} and agreed that we could ask you how it affected you.`,
    '',
    'It takes about two minutes. Your answers are anonymous: they are not linked to your email address.',
    '',
    'To answer, open this link:',
    input.surveyLink,
    '',
    'To stop these emails and delete your email address from our records, open this link:',
    input.withdrawLink,
    '',
  ].join('\n');
  const p = (html: string) => `<p style="margin:0 0 16px;">${html}</p>`;
  const link = (href: string, label: string) =>
    `<a href="${escapeHtml(href)}" style="color:#0b5394;font-weight:bold;">${escapeHtml(label)}</a>`;
  const html = [
    '<!doctype html>',
    '<html lang="en-GB">',
    '<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${escapeHtml(subject)}</title></head>`,
    '<body style="margin:0;padding:24px;background:#ffffff;color:#1f2328;font-family:Arial,Helvetica,sans-serif;font-size:16px;line-height:1.5;">',
    '<div style="max-width:600px;margin:0 auto;">',
    p(
      `About ${escapeHtml(when)} ago you took part in &quot;${escapeHtml(title)}&quot; with ${escapeHtml(museum)} and agreed that we could ask you how it affected you.`,
    ),
    p(
      'It takes about two minutes. Your answers are anonymous: they are not linked to your email address.',
    ),
    p(link(input.surveyLink, 'Answer the follow-up survey')),
    p(
      `If the link does not work, copy this address into your browser:<br>${escapeHtml(input.surveyLink)}`,
    ),
    p(link(input.withdrawLink, 'Stop these emails and delete my email address')),
    '</div>',
    '</body>',
    '</html>',
    '',
  ].join('\n');
  return { subject, text, html };
}
