import { describe, expect, it } from 'vitest';
import { extractLinks } from '../../platform/mail/mail-links';
import { followUpMail } from './follow-up-mail';

describe('followUpMail', () => {
  const mail = followUpMail({
    organisationName: 'Riverside <Museum>',
    surveyTitle: 'Memories\nCafé',
    months: 3,
    surveyLink: 'https://lantern.example.org/s/abc?f=tok',
    withdrawLink: 'https://lantern.example.org/follow-up/stop?token=tok',
  });

  it('writes both links out in the text, the survey first', () => {
    expect(extractLinks(mail.text)).toEqual([
      'https://lantern.example.org/s/abc?f=tok',
      'https://lantern.example.org/follow-up/stop?token=tok',
    ]);
    expect(mail.subject).toBe('Riverside <Museum>: how are things 3 months on?');
    expect(mail.text).toContain('"Memories Café"');
    expect(mail.text).toContain('not linked to your email address');
  });

  it('escapes everything it puts in the HTML', () => {
    expect(mail.html).toContain('Riverside &lt;Museum&gt;');
    expect(mail.html).not.toContain('<Museum>');
    expect(mail.html).toContain('href="https://lantern.example.org/follow-up/stop?token=tok"');
    expect(mail.html).toContain('<html lang="en-GB">');
  });
});
