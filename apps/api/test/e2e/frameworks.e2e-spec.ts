import { Client } from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type Museum, type TestApp } from '../support/test-app';

const FRAMEWORKS =
  '{ frameworks { id code name version isSystem elements { code label position } } }';

type Framework = {
  id: string;
  code: string;
  name: string;
  isSystem: boolean;
  elements: Array<{ code: string; label: string; position: number }>;
};

describe('frameworks: sector taxonomies and a museum’s own aims', () => {
  let app: TestApp;
  let db: Client;
  let museum: Museum;

  beforeAll(async () => {
    app = await startTestApp({ worker: false });
    db = new Client({ connectionString: app.database.url });
    await db.connect();
    museum = await app.signUpMuseum({ name: 'Framework Museum' });
  });
  afterAll(async () => {
    await db?.end();
    await app?.close();
  });

  it('seeds the sector frameworks with stable codes, read-only', async () => {
    const response = await museum.admin.request<{ frameworks: Framework[] }>(FRAMEWORKS);
    expect(response.errors).toBeUndefined();
    const byCode = new Map(response.data!.frameworks.map((f) => [f.code, f]));
    expect([...byCode.keys()].sort()).toEqual([
      'ACE_LC',
      'GLO',
      'GSO',
      'MA_LE_2020',
      'MCL',
      'NLHF',
    ]);
    const manifesto = byCode.get('MA_LE_2020')!;
    expect(manifesto.isSystem).toBe(true);
    expect(manifesto.elements.map((e) => e.code)).toEqual([
      'MA_LE.1',
      'MA_LE.2',
      'MA_LE.3',
      'MA_LE.4',
      'MA_LE.5',
      'MA_LE.6',
      'MA_LE.7',
      'MA_LE.8',
    ]);
    expect(manifesto.elements[1]?.label).toBe('Social justice');
    expect(byCode.get('NLHF')!.elements).toHaveLength(9);
    expect(byCode.get('GLO')!.elements).toHaveLength(5);

    const change = await museum.admin.request(
      'mutation($id: ID!) { updateFramework(input: { id: $id, name: "Mine now" }) { id } }',
      {
        id: manifesto.id,
      },
    );
    expect(change.errors?.[0]?.extensions?.['code']).toBe('FORBIDDEN');
    expect(change.errors?.[0]?.message).toMatch(/read-only/);
    const add = await museum.admin.request(
      'mutation($id: ID!) { addFrameworkElement(input: { frameworkId: $id, code: "MA_LE.9", label: "Extra" }) { id } }',
      { id: manifesto.id },
    );
    expect(add.errors?.[0]?.extensions?.['code']).toBe('FORBIDDEN');
    const { rows } = await db.query(
      `SELECT count(*)::int AS n FROM framework_elements WHERE code = 'MA_LE.9'`,
    );
    expect(rows[0].n).toBe(0);
  });

  it('lets a museum add its own strategic aims, audited, and validates them', async () => {
    const created = await museum.admin.request<{
      createFramework: { id: string; code: string; isSystem: boolean };
    }>(
      'mutation { createFramework(input: { code: "aims-2026", name: "Strategic aims 2026-29", version: "2026" }) { id code isSystem } }',
    );
    expect(created.data?.createFramework).toMatchObject({ code: 'AIMS-2026', isSystem: false });
    const id = created.data!.createFramework.id;

    const duplicate = await museum.admin.request(
      'mutation { createFramework(input: { code: "AIMS-2026", name: "Again" }) { id } }',
    );
    expect(duplicate.errors?.[0]?.extensions?.['code']).toBe('CONFLICT');
    const badCode = await museum.admin.request(
      'mutation { createFramework(input: { code: "has space", name: "Valid name" }) { id } }',
    );
    expect(badCode.errors?.[0]?.extensions?.['fieldErrors']).toEqual([
      { path: ['input', 'code'], message: 'Use letters, digits and _ . - only, e.g. AIM.1' },
    ]);

    for (const [code, label] of [
      ['AIM.1', 'Reach schools in our most deprived wards'],
      ['AIM.2', 'Co-curate with communities'],
    ]) {
      const element = await museum.admin.request(
        'mutation($input: AddFrameworkElementInput!) { addFrameworkElement(input: $input) { code position } }',
        {
          input: { frameworkId: id, code, label },
        },
      );
      expect(element.errors).toBeUndefined();
    }
    const read = await museum.admin.request<{ framework: Framework }>(
      'query($id: ID!) { framework(id: $id) { code elements { code label position } } }',
      { id },
    );
    expect(read.data?.framework.elements.map((e) => [e.code, e.position])).toEqual([
      ['AIM.1', 1],
      ['AIM.2', 2],
    ]);

    const { rows } = await db.query<{ action: string }>(
      `SELECT action FROM audit_events WHERE organisation_id = $1 AND entity_type LIKE 'framework%' ORDER BY created_at`,
      [museum.organisationId],
    );
    expect(rows.map((r) => r.action)).toEqual([
      'framework.created',
      'framework_element.created',
      'framework_element.created',
    ]);
  });

  it('shows a museum only its own aims beside the sector frameworks, and lets trustees read but not change', async () => {
    const other = await app.signUpMuseum({ name: 'Other Museum' });
    const theirs = await other.admin.request<{ frameworks: Framework[] }>(FRAMEWORKS);
    expect(theirs.data?.frameworks.map((f) => f.code)).not.toContain('AIMS-2026');

    const trustee = await app.joinAs(museum.admin, 'board@framework.example', 'TRUSTEE', 'Board');
    const read = await trustee.request<{ frameworks: Framework[] }>(FRAMEWORKS);
    expect(read.data?.frameworks.map((f) => f.code)).toContain('AIMS-2026');
    const write = await trustee.request(
      'mutation { createFramework(input: { code: "NOPE", name: "Nope" }) { id } }',
    );
    expect(write.errors?.[0]?.extensions?.['code']).toBe('FORBIDDEN');
  });
});
