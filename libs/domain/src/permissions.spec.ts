import { describe, expect, it } from 'vitest';
import { signUpInputSchema } from './auth';
import { can, PERMISSIONS, permissionsFor, ROLE_PERMISSIONS } from './permissions';
import { postcodeSchema } from './postcode';

describe('the permission matrix', () => {
  it('gives admins everything', () => {
    expect(permissionsFor('ADMIN')).toEqual([...PERMISSIONS]);
  });

  it('keeps trustees read-only: no personal data, no drafts, nothing that writes', () => {
    expect(permissionsFor('TRUSTEE')).toEqual([
      'organisation.read',
      'dashboards.read',
      'reports.read',
    ]);
    expect(can('TRUSTEE', 'personal_data.read')).toBe(false);
    expect(can('TRUSTEE', 'drafts.read')).toBe(false);
  });

  it('lets heads of learning approve and sign off, and learning officers only log', () => {
    expect(can('HEAD_OF_LEARNING', 'reports.sign_off')).toBe(true);
    expect(can('HEAD_OF_LEARNING', 'members.manage')).toBe(false);
    expect(can('LEARNING_OFFICER', 'sessions.write')).toBe(true);
    expect(can('LEARNING_OFFICER', 'results.approve')).toBe(false);
    expect(can(null, 'organisation.read')).toBe(false);
  });

  it('names only known permissions', () => {
    for (const permissions of Object.values(ROLE_PERMISSIONS)) {
      for (const permission of permissions) expect(PERMISSIONS).toContain(permission);
    }
  });
});

describe('postcodeSchema', () => {
  it('normalises spacing and case', () => {
    expect(postcodeSchema.parse('sw1a1aa')).toBe('SW1A 1AA');
    expect(postcodeSchema.parse('  zz1   2ab ')).toBe('ZZ1 2AB');
    expect(postcodeSchema.parse('M1 1AE')).toBe('M1 1AE');
  });

  it('refuses what is not a UK postcode', () => {
    for (const value of ['', '12345', 'SW1A', 'ZZ1 1A1'])
      expect(postcodeSchema.safeParse(value).success, value).toBe(false);
  });
});

describe('signUpInputSchema', () => {
  it('lower-cases the email and trims names', () => {
    const parsed = signUpInputSchema.parse({
      organisationName: '  Harbour Museum ',
      name: ' Sam ',
      email: ' Sam@Harbour.Example ',
      password: 'quiet-galleries-at-dusk',
    });
    expect(parsed).toMatchObject({
      organisationName: 'Harbour Museum',
      name: 'Sam',
      email: 'sam@harbour.example',
      nation: 'ENGLAND',
      organisationKind: 'MUSEUM',
    });
  });
});
