import type { ParsedMail } from 'mailparser';
import { Client } from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSmtpCatcher, type SmtpCatcher } from '../support/smtp-catcher';
import {
  startTestApp,
  TEST_PASSWORD,
  type GraphQLClient,
  type Museum,
  type TestApp,
} from '../support/test-app';

const ME =
  '{ me { user { id email name } organisation { id name } role permissions memberships { organisation { id name } role } } }';
const SIGN_IN = 'mutation($input: SignInInput!) { signIn(input: $input) { user { email } role } }';
const INVITE =
  'mutation($input: InviteMemberInput!) { inviteMember(input: $input) { id email role status } }';
const ACCEPT =
  'mutation($input: AcceptInvitationInput!) { acceptInvitation(input: $input) { user { email name } role organisation { id } } }';
const PREVIEW =
  'query($token: String!) { invitationPreview(token: $token) { organisationName email role accountExists } }';

type Errors = Array<{ message: string; extensions?: Record<string, unknown> }> | undefined;
const codeOf = (errors: Errors) => errors?.[0]?.extensions?.['code'];

function linkToken(mail: ParsedMail, path: string): string {
  const match = new RegExp(`${path}\\?token=([A-Za-z0-9_-]+)`).exec(mail.text ?? '');
  if (!match?.[1]) throw new Error(`no ${path} link in: ${mail.text}`);
  return match[1];
}

describe('museums, people and roles over GraphQL, with mail through a real SMTP server', () => {
  let app: TestApp;
  let smtp: SmtpCatcher;
  let db: Client;
  let museum: Museum;

  async function auditActions(organisationId: string): Promise<string[]> {
    const { rows } = await db.query<{ action: string }>(
      'SELECT action FROM audit_events WHERE organisation_id = $1 ORDER BY created_at, action',
      [organisationId],
    );
    return rows.map((row) => row.action);
  }

  async function invite(admin: GraphQLClient, email: string, role: string): Promise<string> {
    const response = await admin.request(INVITE, { input: { email, role } });
    expect(response.errors).toBeUndefined();
    const mail = await smtp.waitFor(
      (m) =>
        m.to !== undefined &&
        JSON.stringify(m.to).includes(email) &&
        !smtp.messages.slice(0, smtp.messages.indexOf(m)).includes(m),
    );
    return linkToken(mail, '/accept-invitation');
  }

  beforeAll(async () => {
    smtp = await startSmtpCatcher();
    app = await startTestApp({
      env: { SMTP_URL: smtp.url, APP_URL: 'https://lantern.example.org' },
    });
    db = new Client({ connectionString: app.database.url });
    await db.connect();
    museum = await app.signUpMuseum({ name: 'The Harbour Museum' });
  });
  afterAll(async () => {
    await db?.end();
    await app?.close();
    await smtp?.stop();
  });

  describe('sign-up and sign-in', () => {
    it('signs the first admin in with a secure session cookie and reports their permissions', async () => {
      const client = app.client();
      const response = await client.request<{ signUp: { role: string; permissions: string[] } }>(
        'mutation($input: SignUpInput!) { signUp(input: $input) { role permissions organisation { name nation academicYearStartMonth } } }',
        {
          input: {
            organisationName: 'Glen Museum',
            nation: 'SCOTLAND',
            name: 'Isla Reid',
            email: 'isla@glen.example',
            password: TEST_PASSWORD,
          },
        },
      );
      expect(response.errors).toBeUndefined();
      expect(response.data?.signUp).toMatchObject({
        role: 'ADMIN',
        organisation: { name: 'Glen Museum', nation: 'SCOTLAND', academicYearStartMonth: 8 },
      });
      expect(response.data?.signUp.permissions).toContain('members.manage');
      const cookie = response.headers.get('set-cookie') ?? '';
      expect(cookie).toMatch(/^lantern_session=[A-Za-z0-9_-]{40,};/);
      expect(cookie).toMatch(/HttpOnly/i);
      expect(cookie).toMatch(/SameSite=Lax/i);
      expect(cookie).not.toMatch(/Secure/i); // plain http here; Secure when served over https
      const stored = await db.query('SELECT token_hash FROM user_sessions WHERE token_hash = $1', [
        cookie.split(/[=;]/)[1],
      ]);
      expect(stored.rows).toEqual([]); // only the hash is stored
      const me = await client.request<{ me: { user: { email: string } } }>(ME);
      expect(me.data?.me.user.email).toBe('isla@glen.example');
    });

    it('refuses a duplicate email, a short password and a common one, naming the field and writing nothing', async () => {
      const client = app.client();
      const input = {
        organisationName: 'Copy Museum',
        name: 'Copy',
        email: museum.email,
        password: TEST_PASSWORD,
      };
      const duplicate = await client.request(
        'mutation($input: SignUpInput!) { signUp(input: $input) { role } }',
        { input },
      );
      expect(codeOf(duplicate.errors)).toBe('CONFLICT');
      const short = await client.request(
        'mutation($input: SignUpInput!) { signUp(input: $input) { role } }',
        {
          input: { ...input, email: 'new@copy.example', password: 'too-short' },
        },
      );
      expect(short.errors?.[0]?.extensions?.['fieldErrors']).toEqual([
        { path: ['input', 'password'], message: 'Password must be at least 12 characters' },
      ]);
      const common = await client.request(
        'mutation($input: SignUpInput!) { signUp(input: $input) { role } }',
        {
          input: { ...input, email: 'new@copy.example', password: 'password1234' },
        },
      );
      expect(common.errors?.[0]?.extensions?.['fieldErrors']).toEqual([
        {
          path: ['input', 'password'],
          message: 'This password is too common. Choose one that is harder to guess.',
        },
      ]);
      const { rows } = await db.query(
        "SELECT count(*)::int AS n FROM organisations WHERE name = 'Copy Museum'",
      );
      expect(rows[0].n).toBe(0);
    });

    it('answers a wrong email and a wrong password the same way', async () => {
      const wrongPassword = await app
        .client()
        .request(SIGN_IN, { input: { email: museum.email, password: 'not-the-password' } });
      const wrongEmail = await app.client().request(SIGN_IN, {
        input: { email: 'nobody@nowhere.example', password: 'not-the-password' },
      });
      expect(codeOf(wrongPassword.errors)).toBe('UNAUTHENTICATED');
      expect(wrongPassword.errors?.[0]?.message).toBe('Email or password is incorrect.');
      expect(wrongEmail.errors?.[0]).toEqual(wrongPassword.errors?.[0]);
    });

    it('signs out this browser, and everywhere, by revoking the sessions server-side', async () => {
      const first = app.client();
      const second = app.client();
      await first.request(SIGN_IN, { input: { email: museum.email, password: museum.password } });
      await second.request(SIGN_IN, { input: { email: museum.email, password: museum.password } });
      const stolen = first.cookie;

      await first.request('mutation { signOut }');
      expect((await first.request<{ me: unknown }>(ME)).data?.me).toBeNull();
      const replay = await app.client().request<{ me: unknown }>(ME);
      expect(replay.data?.me).toBeNull();
      const replayed = app.client();
      replayed.cookie = stolen;
      expect((await replayed.request<{ me: unknown }>(ME)).data?.me).toBeNull();

      expect((await second.request<{ me: unknown }>(ME)).data?.me).not.toBeNull();
      await second.request('mutation { signOutEverywhere }');
      expect((await second.request<{ me: unknown }>(ME)).data?.me).toBeNull();
      const everywhere = await museum.admin.request<{ me: unknown }>(ME);
      expect(everywhere.data?.me).toBeNull();
      await museum.admin.request(SIGN_IN, {
        input: { email: museum.email, password: museum.password },
      });
    });

    it('ends a session that has been idle too long', async () => {
      const client = app.client();
      await client.request(SIGN_IN, { input: { email: museum.email, password: museum.password } });
      await db.query(
        "UPDATE user_sessions SET last_seen_at = now() - interval '9 hours' WHERE token_hash = encode(sha256($1::bytea), 'hex')",
        [client.cookie?.split('=')[1]],
      );
      expect((await client.request<{ me: unknown }>(ME)).data?.me).toBeNull();
    });
  });

  describe('invitations, roles and the audit trail', () => {
    let officerToken: string;

    it('emails an invitation that creates an account and signs the new member in', async () => {
      officerToken = await invite(museum.admin, 'sam@harbour.example', 'LEARNING_OFFICER');
      const mail = smtp.messages.at(-1)!;
      expect(mail.subject).toBe("You're invited to join The Harbour Museum on Lantern");
      expect(mail.text).toContain('https://lantern.example.org/accept-invitation?token=');

      const preview = await app.client().request(PREVIEW, { token: officerToken });
      expect(preview.data).toEqual({
        invitationPreview: {
          organisationName: 'The Harbour Museum',
          email: 'sam@harbour.example',
          role: 'LEARNING_OFFICER',
          accountExists: false,
        },
      });
      const officer = app.client();
      const missing = await officer.request(ACCEPT, { input: { token: officerToken } });
      expect(missing.errors?.[0]?.extensions?.['fieldErrors']).toEqual([
        { path: ['input', 'name'], message: 'Enter your name' },
        { path: ['input', 'password'], message: 'Password must be at least 12 characters' },
      ]);
      const accepted = await officer.request(ACCEPT, {
        input: { token: officerToken, name: 'Sam Lee', password: 'tide-pools-and-trilobites' },
      });
      expect(accepted.errors).toBeUndefined();
      expect(accepted.data).toMatchObject({
        acceptInvitation: { user: { name: 'Sam Lee' }, role: 'LEARNING_OFFICER' },
      });
      expect((await officer.request<{ me: { role: string } }>(ME)).data?.me.role).toBe(
        'LEARNING_OFFICER',
      );
    });

    it('refuses a used, a withdrawn and an expired invitation with a clear reason', async () => {
      const reused = await app.client().request(ACCEPT, {
        input: { token: officerToken, name: 'Again', password: 'tide-pools-and-trilobites' },
      });
      expect(reused.errors?.[0]?.message).toBe(
        'input.token: This invitation has already been used. Sign in instead.',
      );

      const withdrawnToken = await invite(museum.admin, 'gone@harbour.example', 'TRUSTEE');
      const list = await museum.admin.request<{
        invitations: Array<{ id: string; email: string }>;
      }>('{ invitations { id email status } }');
      const withdrawn = list.data!.invitations.find((i) => i.email === 'gone@harbour.example')!;
      await museum.admin.request(
        'mutation($id: ID!) { revokeInvitation(input: { id: $id }) { status } }',
        { id: withdrawn.id },
      );
      const revoked = await app.client().request(PREVIEW, { token: withdrawnToken });
      expect(revoked.errors?.[0]?.message).toMatch(/withdrawn/);

      const expiringToken = await invite(museum.admin, 'late@harbour.example', 'TRUSTEE');
      await db.query(
        "UPDATE invitations SET expires_at = now() - interval '1 minute' WHERE email = 'late@harbour.example'",
      );
      const expired = await app.client().request(ACCEPT, {
        input: { token: expiringToken, name: 'Late', password: 'tide-pools-and-trilobites' },
      });
      expect(expired.errors?.[0]?.message).toMatch(/has expired/);
      const { rows } = await db.query(
        "SELECT count(*)::int AS n FROM users WHERE email IN ('gone@harbour.example', 'late@harbour.example')",
      );
      expect(rows[0].n).toBe(0);

      const unknown = await app.client().request(PREVIEW, { token: 'x'.repeat(43) });
      expect(codeOf(unknown.errors)).toBe('NOT_FOUND');
    });

    it('resending makes a new link and the old one stops working', async () => {
      const oldToken = await invite(museum.admin, 'resend@harbour.example', 'TRUSTEE');
      const list = await museum.admin.request<{
        invitations: Array<{ id: string; email: string }>;
      }>('{ invitations { id email } }');
      const id = list.data!.invitations.find((i) => i.email === 'resend@harbour.example')!.id;
      const count = smtp.messages.length;
      await museum.admin.request(
        'mutation($id: ID!) { resendInvitation(input: { id: $id }) { status } }',
        { id },
      );
      const mail = await smtp.waitFor(
        (m) =>
          smtp.messages.indexOf(m) >= count &&
          JSON.stringify(m.to).includes('resend@harbour.example'),
      );
      const newToken = linkToken(mail, '/accept-invitation');
      expect(newToken).not.toBe(oldToken);
      expect(codeOf((await app.client().request(PREVIEW, { token: oldToken })).errors)).toBe(
        'NOT_FOUND',
      );
      expect((await app.client().request(PREVIEW, { token: newToken })).errors).toBeUndefined();
    });

    it('lets someone with an account in another museum join with their own password, then switch', async () => {
      const other = await app.signUpMuseum({ name: 'Second Museum' });
      const token = await invite(museum.admin, other.email, 'TRUSTEE');
      const preview = await app
        .client()
        .request<{ invitationPreview: { accountExists: boolean } }>(PREVIEW, { token });
      expect(preview.data?.invitationPreview.accountExists).toBe(true);
      const wrong = await other.admin.request(ACCEPT, {
        input: { token, password: 'not-my-password' },
      });
      expect(wrong.errors?.[0]?.extensions?.['fieldErrors']).toEqual([
        {
          path: ['input', 'password'],
          message: `Enter the password of your Lantern account (${other.email}).`,
        },
      ]);
      const joined = await other.admin.request<{ acceptInvitation: { role: string } }>(ACCEPT, {
        input: { token, password: other.password },
      });
      expect(joined.data?.acceptInvitation.role).toBe('TRUSTEE');

      const me = await other.admin.request<{
        me: { memberships: Array<{ organisation: { name: string }; role: string }> };
      }>(ME);
      expect(me.data?.me.memberships.map((m) => [m.organisation.name, m.role]).sort()).toEqual([
        ['Second Museum', 'ADMIN'],
        ['The Harbour Museum', 'TRUSTEE'],
      ]);
      const back = await other.admin.request<{
        switchOrganisation: { role: string; organisation: { id: string } };
      }>(
        'mutation($id: ID!) { switchOrganisation(input: { organisationId: $id }) { role organisation { id } } }',
        { id: other.organisationId },
      );
      expect(back.data?.switchOrganisation).toEqual({
        role: 'ADMIN',
        organisation: { id: other.organisationId },
      });
    });

    it('keeps trustees read-only and away from personal data, with nothing changed', async () => {
      const token = await invite(museum.admin, 'trustee@harbour.example', 'TRUSTEE');
      const trustee = app.client();
      await trustee.request(ACCEPT, {
        input: { token, name: 'Jo Trustee', password: 'minutes-of-the-board' },
      });
      const before = await auditActions(museum.organisationId);

      const create = await trustee.request(
        'mutation { createSite(input: { name: "Nope", type: MUSEUM }) { id } }',
      );
      expect(codeOf(create.errors)).toBe('FORBIDDEN');
      expect(create.errors?.[0]?.message).toBe('Your role (Trustee) cannot do this.');
      for (const query of [
        '{ members { id } }',
        '{ invitations { id } }',
        '{ auditEvents { totalCount } }',
        '{ workerChecks { totalCount } }',
      ]) {
        expect(codeOf((await trustee.request(query)).errors)).toBe('FORBIDDEN');
      }
      const organisation = await trustee.request<{ organisation: { name: string } }>(
        '{ organisation { name sites { name } } }',
      );
      expect(organisation.data?.organisation.name).toBe('The Harbour Museum');
      expect(await auditActions(museum.organisationId)).toEqual(before);
      const { rows } = await db.query("SELECT count(*)::int AS n FROM sites WHERE name = 'Nope'");
      expect(rows[0].n).toBe(0);
    });

    it('never removes or demotes the last admin', async () => {
      const members = await museum.admin.request<{
        members: Array<{ id: string; role: string; isYou: boolean }>;
      }>('{ members { id role isYou } }');
      const self = members.data!.members.find((m) => m.isYou)!;
      const demote = await museum.admin.request(
        'mutation($id: ID!) { changeMemberRole(input: { id: $id, role: TRUSTEE }) { role } }',
        { id: self.id },
      );
      expect(codeOf(demote.errors)).toBe('CONFLICT');
      expect(demote.errors?.[0]?.message).toBe(
        'Every organisation needs at least one admin: make someone else an admin first.',
      );
      const remove = await museum.admin.request(
        'mutation($id: ID!) { removeMember(input: { id: $id }) { id } }',
        { id: self.id },
      );
      expect(codeOf(remove.errors)).toBe('CONFLICT');
      expect((await museum.admin.request<{ me: { role: string } }>(ME)).data?.me.role).toBe(
        'ADMIN',
      );
    });

    it('changes a role and removes a member, recording who, what and the before/after', async () => {
      const members = await museum.admin.request<{
        members: Array<{ id: string; user: { email: string } }>;
      }>('{ members { id user { email } } }');
      const sam = members.data!.members.find((m) => m.user.email === 'sam@harbour.example')!;
      const changed = await museum.admin.request<{ changeMemberRole: { role: string } }>(
        'mutation($id: ID!) { changeMemberRole(input: { id: $id, role: HEAD_OF_LEARNING }) { role } }',
        { id: sam.id },
      );
      expect(changed.data?.changeMemberRole.role).toBe('HEAD_OF_LEARNING');

      const audit = await museum.admin.request<{
        auditEvents: {
          totalCount: number;
          edges: Array<{
            node: {
              action: string;
              summary: string;
              actor: { email: string };
              changes: Array<{ field: string; before: string; after: string }>;
            };
          }>;
        };
      }>(
        'query($filter: AuditEventFilter) { auditEvents(filter: $filter, first: 5) { totalCount edges { node { action summary actor { email } changes { field before after } } } } }',
        {
          filter: { action: 'member.role_changed' },
        },
      );
      expect(audit.data?.auditEvents.totalCount).toBe(1);
      expect(audit.data?.auditEvents.edges[0]?.node).toMatchObject({
        action: 'member.role_changed',
        summary: "Admin 1 changed Sam Lee's role from Learning officer to Head of learning".replace(
          'Admin 1',
          audit.data!.auditEvents.edges[0]!.node.summary.split(' changed')[0]!,
        ),
        actor: { email: museum.email },
        changes: [{ field: 'role', before: '"LEARNING_OFFICER"', after: '"HEAD_OF_LEARNING"' }],
      });

      const removed = await museum.admin.request(
        'mutation($id: ID!) { removeMember(input: { id: $id }) { id } }',
        { id: sam.id },
      );
      expect(removed.errors).toBeUndefined();
      expect(await auditActions(museum.organisationId)).toEqual(
        expect.arrayContaining([
          'organisation.created',
          'member.joined',
          'invitation.created',
          'invitation.revoked',
          'invitation.resent',
          'member.role_changed',
          'member.removed',
        ]),
      );
    });

    it('records organisation and site changes with before and after', async () => {
      await museum.admin.request(
        'mutation { updateOrganisation(input: { smallCellThreshold: 10, financialYearStartMonth: 1 }) { id } }',
      );
      const bad = await museum.admin.request(
        'mutation { updateOrganisation(input: { smallCellThreshold: 0, timeZone: "Mars/Olympus" }) { id } }',
      );
      expect(bad.errors?.[0]?.extensions?.['fieldErrors']).toEqual([
        { path: ['input', 'smallCellThreshold'], message: 'Must be at least 1' },
        { path: ['input', 'timeZone'], message: 'Enter a time zone like Europe/London' },
      ]);
      const site = await museum.admin.request<{ createSite: { id: string; postcode: string } }>(
        'mutation { createSite(input: { name: "Quay Store", type: OTHER, postcode: "zz11aa" }) { id postcode } }',
      );
      expect(site.data?.createSite.postcode).toBe('ZZ1 1AA');
      const badPostcode = await museum.admin.request(
        'mutation { createSite(input: { name: "X", type: OTHER, postcode: "not a postcode" }) { id } }',
      );
      expect(badPostcode.errors?.[0]?.extensions?.['fieldErrors']).toEqual([
        { path: ['input', 'postcode'], message: 'Enter a UK postcode like SW1A 1AA' },
      ]);
      await museum.admin.request('mutation($id: ID!) { deleteSite(input: { id: $id }) { id } }', {
        id: site.data?.createSite.id,
      });

      const { rows } = await db.query<{ action: string; changes: unknown }>(
        `SELECT action, changes FROM audit_events WHERE organisation_id = $1 AND action IN ('organisation.updated', 'site.created', 'site.deleted') ORDER BY created_at`,
        [museum.organisationId],
      );
      expect(rows).toEqual([
        {
          action: 'organisation.updated',
          changes: [
            { field: 'financialYearStartMonth', before: 4, after: 1 },
            { field: 'smallCellThreshold', before: 5, after: 10 },
          ],
        },
        {
          action: 'site.created',
          changes: [
            { field: 'name', before: null, after: 'Quay Store' },
            { field: 'type', before: null, after: 'OTHER' },
            { field: 'postcode', before: null, after: 'ZZ1 1AA' },
          ],
        },
        {
          action: 'site.deleted',
          changes: [
            { field: 'name', before: 'Quay Store', after: null },
            { field: 'type', before: 'OTHER', after: null },
            { field: 'postcode', before: 'ZZ1 1AA', after: null },
          ],
        },
      ]);
    });
  });

  describe('password reset', () => {
    it('emails a one-hour, single-use link that sets a new password and signs out everywhere', async () => {
      const person = await app.signUpMuseum({ name: 'Reset Museum' });
      const count = smtp.messages.length;
      const requested = await app
        .client()
        .request('mutation($email: String!) { requestPasswordReset(input: { email: $email }) }', {
          email: person.email,
        });
      expect(requested.data).toEqual({ requestPasswordReset: true });
      const mail = await smtp.waitFor(
        (m) => smtp.messages.indexOf(m) >= count && JSON.stringify(m.to).includes(person.email),
      );
      expect(mail.subject).toBe('Reset your Lantern password');
      const token = linkToken(mail, '/reset-password');

      const weak = await app
        .client()
        .request(
          'mutation($t: String!) { resetPassword(input: { token: $t, password: "qwertyuiop123" }) }',
          { t: token },
        );
      expect(weak.errors?.[0]?.extensions?.['fieldErrors']).toEqual([
        {
          path: ['input', 'password'],
          message: 'This password is too common. Choose one that is harder to guess.',
        },
      ]);
      const reset = await app
        .client()
        .request(
          'mutation($t: String!) { resetPassword(input: { token: $t, password: "a-brand-new-passphrase" }) }',
          { t: token },
        );
      expect(reset.data).toEqual({ resetPassword: true });
      expect((await person.admin.request<{ me: unknown }>(ME)).data?.me).toBeNull();
      const again = await app
        .client()
        .request(
          'mutation($t: String!) { resetPassword(input: { token: $t, password: "another-new-passphrase" }) }',
          { t: token },
        );
      expect(again.errors?.[0]?.message).toBe(
        'input.token: This reset link has already been used. Ask for a new one.',
      );
      const old = await app
        .client()
        .request(SIGN_IN, { input: { email: person.email, password: person.password } });
      expect(codeOf(old.errors)).toBe('UNAUTHENTICATED');
      const fresh = await app
        .client()
        .request(SIGN_IN, { input: { email: person.email, password: 'a-brand-new-passphrase' } });
      expect(fresh.errors).toBeUndefined();
    });

    it('answers the same for an unknown email and sends nothing', async () => {
      const count = smtp.messages.length;
      const response = await app
        .client()
        .request('mutation { requestPasswordReset(input: { email: "nobody@nowhere.example" }) }');
      expect(response.data).toEqual({ requestPasswordReset: true });
      await new Promise((resolve) => setTimeout(resolve, 500));
      expect(smtp.messages.length).toBe(count);
    });
  });
});

describe('rate limits on sign-in, sign-up and reset', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp({ worker: false, env: { RATE_LIMIT_PER_MINUTE: '3' } });
  });
  afterAll(async () => {
    await app?.close();
  });

  it('answers RATE_LIMITED with when to retry, per account', async () => {
    const client = app.client();
    const attempt = () =>
      client.request(SIGN_IN, {
        input: { email: 'target@museum.example', password: 'guess-guess-guess' },
      });
    for (let i = 0; i < 3; i += 1) expect(codeOf((await attempt()).errors)).toBe('UNAUTHENTICATED');
    const limited = await attempt();
    expect(codeOf(limited.errors)).toBe('RATE_LIMITED');
    const retry = Number(limited.errors?.[0]?.extensions?.['retryAfterSeconds']);
    expect(retry).toBeGreaterThan(0);
    expect(retry).toBeLessThanOrEqual(60);
    expect(limited.errors?.[0]?.message).toBe(`Too many attempts. Try again in ${retry} seconds.`);
  });
});
