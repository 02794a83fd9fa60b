/**
 * Evidence, commitments, the action log and manifesto coverage over HTTP (GraphQL and the
 * evidence file routes), with real roles: uploads good and bad, download headers, what a
 * trustee may see, say/do gaps, corrections, tamper detection by verifyActionLog.
 */
/* eslint-disable @typescript-eslint/no-explicit-any -- GraphQL answers are read loosely here; the assertions pin their shape */
import { deflateSync } from 'node:zlib';
import { Client } from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type GraphQLClient, type Museum, type TestApp } from '../support/test-app';
import { postRaw } from '../support/uploads';

/** A valid little PNG (solid colour), built from bytes. */
function png(width = 4, height = 4): Buffer {
  const crcTable = Array.from({ length: 256 }, (_, n) => {
    let c = n;
    for (let k = 0; k < 8; k += 1) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    return c >>> 0;
  });
  const crc = (buf: Buffer) => {
    let c = 0xffffffff;
    for (const byte of buf) c = crcTable[(c ^ byte) & 0xff]! ^ (c >>> 8);
    return (c ^ 0xffffffff) >>> 0;
  };
  const chunk = (type: string, data: Buffer) => {
    const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
    const out = Buffer.alloc(12 + data.length);
    out.writeUInt32BE(data.length, 0);
    body.copy(out, 4);
    out.writeUInt32BE(crc(body), 8 + data.length);
    return out;
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header[8] = 8;
  header[9] = 2;
  const rows = Buffer.alloc((width * 3 + 1) * height, 0x80);
  for (let y = 0; y < height; y += 1) rows[y * (width * 3 + 1)] = 0;
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(rows)),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

async function getRaw(app: TestApp, client: GraphQLClient, path: string) {
  const response = await fetch(`${app.url}${path}`, {
    headers: client.cookie ? { cookie: client.cookie } : {},
  });
  return {
    status: response.status,
    headers: response.headers,
    body: Buffer.from(await response.arrayBuffer()),
  };
}

const EVIDENCE = `id kind title publishable isDraft consentStatus
  file { name contentType byteSize url isImage }
  frameworkElements { code } programmes { id name } sessions { id }`;

describe('evidence, commitments and the action log (API)', () => {
  let app: TestApp;
  let db: Client;
  let museum: Museum;
  let head: GraphQLClient;
  let officer: GraphQLClient;
  let trustee: GraphQLClient;
  let elements: Record<string, string>;

  async function ok<T = Record<string, any>>(
    client: GraphQLClient,
    query: string,
    variables?: Record<string, unknown>,
  ): Promise<T> {
    const response = await client.request<T>(query, variables);
    if (response.errors) throw new Error(JSON.stringify(response.errors));
    return response.data as T;
  }

  async function addEvidence(client: GraphQLClient, input: Record<string, unknown>) {
    const data = await ok<{ createEvidence: { id: string } }>(
      client,
      `mutation($input: CreateEvidenceInput!) { createEvidence(input: $input) { ${EVIDENCE} } }`,
      { input },
    );
    return data.createEvidence;
  }

  const upload = (
    client: GraphQLClient,
    id: string,
    body: Buffer | string,
    type: string,
    name: string,
  ) =>
    postRaw<{ error?: { code: string; message: string }; file?: Record<string, unknown> }>(
      app.url,
      client,
      `/api/evidence/${id}/file`,
      body,
      { headers: { 'content-type': type, 'x-filename': name } },
    );

  beforeAll(async () => {
    app = await startTestApp({ worker: false, env: { EVIDENCE_MAX_MB: '1' } });
    db = new Client({ connectionString: app.database.url });
    await db.connect();
    museum = await app.signUpMuseum({ name: 'Proof Museum' });
    head = await app.joinAs(museum.admin, 'head@proof.example', 'HEAD_OF_LEARNING', 'Hana Head');
    officer = await app.joinAs(
      museum.admin,
      'officer@proof.example',
      'LEARNING_OFFICER',
      'Olu Officer',
    );
    trustee = await app.joinAs(museum.admin, 'trustee@proof.example', 'TRUSTEE', 'Tess Trustee');
    const rows = await db.query<{ code: string; id: string }>(
      `SELECT e.code, e.id FROM framework_elements e JOIN frameworks f ON f.id = e.framework_id
        WHERE f.code = 'MA_LE_2020' AND f.organisation_id IS NULL`,
    );
    elements = Object.fromEntries(rows.rows.map((row) => [row.code, row.id]));
  });

  afterAll(async () => {
    await db?.end();
    await app?.close();
  });

  describe('evidence', () => {
    it('adds a quote tagged to a principle and a programme, and lists it', async () => {
      const programme = await ok(
        head,
        `mutation { createProgramme(input: { name: "Family days", strand: FAMILIES, startDate: "2025-04-01" }) { id } }`,
      );
      const quote = await addEvidence(officer, {
        kind: 'QUOTE',
        title: 'Grandmother at the family day',
        body: 'I never thought this place was for people like us.',
        occurredOn: '2025-06-14',
        consentStatus: 'OBTAINED',
        consentGivenBy: 'The participant',
        consentGivenOn: '2025-06-14',
        publishable: true,
        frameworkElementIds: [elements['MA_LE.1']],
        programmeIds: [programme.createProgramme.id],
      });
      expect(quote).toMatchObject({
        kind: 'QUOTE',
        publishable: true,
        isDraft: false,
        file: null,
        frameworkElements: [{ code: 'MA_LE.1' }],
        programmes: [{ id: programme.createProgramme.id, name: 'Family days' }],
      });
      const list = await ok(
        officer,
        `query($filter: EvidenceFilterInput) { evidenceItems(filter: $filter) { totalCount edges { node { id } } } }`,
        { filter: { frameworkElementId: elements['MA_LE.1'] } },
      );
      expect(list.evidenceItems.edges.map((e: any) => e.node.id)).toContain(quote.id);
    });

    it('refuses to make evidence without consent publishable, naming the field', async () => {
      const response = await officer.request(
        `mutation($input: CreateEvidenceInput!) { createEvidence(input: $input) { id } }`,
        {
          input: {
            kind: 'STORY',
            title: 'A story',
            body: 'Once…',
            occurredOn: '2025-06-14',
            consentStatus: 'NOT_OBTAINED',
            publishable: true,
          },
        },
      );
      expect(response.errors?.[0]?.extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        fieldErrors: [
          {
            path: ['input', 'publishable'],
            message:
              'Only evidence with consent obtained (or not needed) can be publishable: record the consent first',
          },
        ],
      });
    });

    it('uploads an image, serves it with its sniffed type, and deletes it with the item', async () => {
      const photo = await addEvidence(officer, {
        kind: 'PHOTO',
        title: 'Clay workshop tables',
        occurredOn: '2025-07-01',
        consentStatus: 'NOT_NEEDED',
        publishable: true,
      });
      const image = png();
      const uploaded = await upload(officer, photo.id, image, 'image/png', 'tables.png');
      expect(uploaded.status).toBe(201);
      expect(uploaded.body.file).toMatchObject({
        name: 'tables.png',
        contentType: 'image/png',
        byteSize: image.length,
        isImage: true,
      });
      const download = await getRaw(app, trustee, `/api/evidence/${photo.id}/file`);
      expect(download.status).toBe(200);
      expect(download.headers.get('content-type')).toBe('image/png');
      expect(download.headers.get('x-content-type-options')).toBe('nosniff');
      expect(download.headers.get('content-disposition')).toMatch(/^inline; filename="tables.png"/);
      expect(download.body.equals(image)).toBe(true);

      const key = (
        await db.query(`SELECT file_storage_key FROM evidence_items WHERE id = $1`, [photo.id])
      ).rows[0].file_storage_key as string;
      expect(key).toMatch(new RegExp(`^evidence/${museum.organisationId}/${photo.id}/`));
      await ok(officer, `mutation($id: ID!) { deleteEvidence(input: { id: $id }) { id } }`, {
        id: photo.id,
      });
      expect((await getRaw(app, officer, `/api/evidence/${photo.id}/file`)).status).toBe(404);
      const { readdir } = await import('node:fs/promises');
      const { join } = await import('node:path');
      await expect(
        readdir(join(app.config.storageDir, 'evidence', museum.organisationId, photo.id)),
      ).resolves.toEqual([]);
    });

    it('serves a PDF as an attachment', async () => {
      const doc = await addEvidence(officer, {
        kind: 'DOCUMENT',
        title: 'Evaluation report',
        occurredOn: '2025-07-02',
        consentStatus: 'NOT_NEEDED',
      });
      const pdf = Buffer.from('%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n');
      expect((await upload(officer, doc.id, pdf, 'application/pdf', 'report.pdf')).status).toBe(
        201,
      );
      const download = await getRaw(app, officer, `/api/evidence/${doc.id}/file`);
      expect(download.headers.get('content-type')).toBe('application/pdf');
      expect(download.headers.get('content-disposition')).toMatch(
        /^attachment; filename="report.pdf"/,
      );
    });

    it('refuses files of the wrong type, mislabelled, oversized or without the CSRF header', async () => {
      const item = await addEvidence(officer, {
        kind: 'ARTWORK',
        title: 'Drawing',
        occurredOn: '2025-07-03',
        consentStatus: 'NOT_NEEDED',
      });
      const svg = await upload(officer, item.id, '<svg/>', 'image/svg+xml', 'drawing.svg');
      expect(svg.status).toBe(415);
      expect(svg.body.error?.message).toMatch(/^drawing\.svg was sent as image\/svg\+xml/);

      const mismatch = await upload(officer, item.id, png(), 'image/jpeg', 'drawing.jpg');
      expect(mismatch.status).toBe(415);
      expect(mismatch.body.error?.message).toBe(
        'drawing.jpg is labelled as a JPEG image but its contents are a PNG image: save it in the right format and upload it again',
      );

      const big = Buffer.concat([png(), Buffer.alloc(1024 * 1024 + 10, 0x20)]);
      const oversized = await upload(officer, item.id, big, 'image/png', 'huge.png');
      expect(oversized.status).toBe(413);
      expect(oversized.body.error?.message).toMatch(/^huge\.png is larger than 1 MB/);

      const noCsrf = await postRaw(app.url, officer, `/api/evidence/${item.id}/file`, png(), {
        headers: { 'content-type': 'image/png', 'x-filename': 'a.png' },
        csrf: false,
      });
      expect(noCsrf.status).toBe(403);

      const trusteeUpload = await upload(trustee, item.id, png(), 'image/png', 'a.png');
      expect(trusteeUpload.status).toBe(403);

      const detail = await ok(officer, `query($id: ID!) { evidence(id: $id) { file { name } } }`, {
        id: item.id,
      });
      expect(detail.evidence.file).toBeNull();
      const stored = await db.query(`SELECT file_storage_key FROM evidence_items WHERE id = $1`, [
        item.id,
      ]);
      expect(stored.rows[0].file_storage_key).toBeNull();
    });

    it('shows trustees only publishable evidence with consent', async () => {
      const draft = await addEvidence(officer, {
        kind: 'OBSERVATION',
        title: 'Notes from the youth panel',
        body: 'Quiet at first; by the end they were running it.',
        occurredOn: '2025-08-01',
        consentStatus: 'NOT_OBTAINED',
      });
      await upload(officer, draft.id, 'Full notes', 'text/plain', 'notes.txt');
      const officerList = await ok(
        officer,
        `{ evidenceItems(first: 100) { edges { node { id isDraft } } } }`,
      );
      expect(officerList.evidenceItems.edges.map((e: any) => e.node.id)).toContain(draft.id);

      const trusteeList = await ok(
        trustee,
        `{ evidenceItems(first: 100) { edges { node { id publishable } } } }`,
      );
      const seen = trusteeList.evidenceItems.edges.map((e: any) => e.node);
      expect(seen.map((n: any) => n.id)).not.toContain(draft.id);
      expect(seen.length).toBeGreaterThan(0);
      expect(seen.every((n: any) => n.publishable)).toBe(true);

      const detail = await trustee.request(`query($id: ID!) { evidence(id: $id) { id } }`, {
        id: draft.id,
      });
      expect(detail.errors?.[0]?.extensions?.['code']).toBe('NOT_FOUND');
      expect((await getRaw(app, trustee, `/api/evidence/${draft.id}/file`)).status).toBe(404);

      const edit = await trustee.request(
        `mutation($id: ID!) { deleteEvidence(input: { id: $id }) { id } }`,
        { id: draft.id },
      );
      expect(edit.errors?.[0]?.extensions?.['code']).toBe('FORBIDDEN');
    });
  });

  describe('commitments and the action log', () => {
    let commitmentId: string;
    let firstEntryId: string;

    it('lets a head of learning make a commitment, but not a learning officer', async () => {
      const refused = await officer.request(
        `mutation($input: CreateCommitmentInput!) { createCommitment(input: $input) { id } }`,
        { input: { frameworkElementId: elements['MA_LE.2'], title: 'x' } },
      );
      expect(refused.errors?.[0]?.extensions?.['code']).toBe('FORBIDDEN');
      const indicators = await ok(head, '{ indicators { id code } }');
      const reachId = indicators.indicators.find(
        (i: { code: string }) => i.code === 'DEPRIVED_SHARE',
      ).id;
      const unknown = await head.request(
        `mutation($input: CreateCommitmentInput!) { createCommitment(input: $input) { id } }`,
        {
          input: {
            frameworkElementId: elements['MA_LE.2'],
            title: 'x',
            indicatorIds: ['5f1f4c1e-9d7a-4a57-8d52-5d1b5c8f0a11'],
          },
        },
      );
      expect(unknown.errors?.[0]?.extensions?.['fieldErrors']).toEqual([
        { path: ['input', 'indicatorIds', '0'], message: 'is not one of the museum’s indicators' },
      ]);
      const data = await ok(
        head,
        `mutation($input: CreateCommitmentInput!) { createCommitment(input: $input) {
           id title status reviewWindowDays indicatorIds frameworkElement { code } owner { name } sayDoGap { reason } } }`,
        {
          input: {
            frameworkElementId: elements['MA_LE.2'],
            title: 'Double KS2 visits from schools in IMD deciles 1-2 by 2026/27',
            status: 'ACTIVE',
            ownerId: museum.userId,
            indicatorIds: [reachId],
          },
        },
      );
      expect(data.createCommitment).toMatchObject({
        status: 'ACTIVE',
        reviewWindowDays: 90,
        indicatorIds: [reachId],
        frameworkElement: { code: 'MA_LE.2' },
        owner: { name: expect.any(String) },
        sayDoGap: null,
      });
      commitmentId = data.createCommitment.id;
    });

    it('names the field for a bad commitment', async () => {
      const response = await head.request(
        `mutation($input: CreateCommitmentInput!) { createCommitment(input: $input) { id } }`,
        { input: { frameworkElementId: elements['MA_LE.2'], title: '  ', reviewWindowDays: 2 } },
      );
      expect(response.errors?.[0]?.extensions?.['fieldErrors']).toEqual([
        { path: ['input', 'title'], message: 'Enter what the museum commits to' },
        { path: ['input', 'reviewWindowDays'], message: 'The review window is at least 7 days' },
      ]);
    });

    it('lets a learning officer record an action and correct it; trustees only read', async () => {
      const today = new Date().toISOString().slice(0, 10);
      const recorded = await ok(
        officer,
        `mutation($input: AppendActionInput!) { appendAction(input: $input) { id sequence amendsId authorName hash prevHash } }`,
        {
          input: {
            commitmentId,
            occurredOn: today,
            whatWasDone: 'Met three head teachers at Hill Street',
            withWhom: 'Hill Street Primary',
          },
        },
      );
      expect(recorded.appendAction).toMatchObject({
        sequence: 1,
        amendsId: null,
        authorName: 'Olu Officer',
      });
      expect(recorded.appendAction.prevHash).toBe('0'.repeat(64));
      firstEntryId = recorded.appendAction.id;

      const refused = await trustee.request(
        `mutation($input: AppendActionInput!) { appendAction(input: $input) { id } }`,
        { input: { commitmentId, occurredOn: today, whatWasDone: 'x' } },
      );
      expect(refused.errors?.[0]?.extensions?.['code']).toBe('FORBIDDEN');

      const corrected = await ok(
        officer,
        `mutation($input: AmendActionInput!) { amendAction(input: $input) { id sequence amendsId prevHash } }`,
        {
          input: {
            amendsId: firstEntryId,
            occurredOn: today,
            whatWasDone: 'Met four head teachers at Hill Street',
          },
        },
      );
      expect(corrected.amendAction).toMatchObject({ sequence: 2, amendsId: firstEntryId });
      expect(corrected.amendAction.prevHash).toBe(recorded.appendAction.hash);

      const timeline = await ok(
        trustee,
        `query($id: ID!) { commitment(id: $id) { actionCount lastActionOn actions { id whatWasDone amendsId amendedById } } }`,
        { id: commitmentId },
      );
      expect(timeline.commitment.actionCount).toBe(1);
      expect(timeline.commitment.actions).toEqual([
        {
          id: corrected.amendAction.id,
          whatWasDone: 'Met four head teachers at Hill Street',
          amendsId: firstEntryId,
          amendedById: null,
        },
        {
          id: firstEntryId,
          whatWasDone: 'Met three head teachers at Hill Street',
          amendsId: null,
          amendedById: corrected.amendAction.id,
        },
      ]);
    });

    it('refuses to delete a commitment with actions, suggesting Dropped', async () => {
      const response = await head.request(
        `mutation($id: ID!) { deleteCommitment(input: { id: $id }) { id } }`,
        { id: commitmentId },
      );
      expect(response.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', actionCount: 2 });
      expect(response.errors?.[0]?.message).toMatch(/set its status to Dropped instead/);
    });

    it('shows a say/do gap for a commitment whose review date passed with no action', async () => {
      const stale = await ok(
        head,
        `mutation($input: CreateCommitmentInput!) { createCommitment(input: $input) { id } }`,
        {
          input: {
            frameworkElementId: elements['MA_LE.7'],
            title: 'Co-design a partnership charter with community groups',
            status: 'ACTIVE',
            reviewDate: '2025-01-31',
          },
        },
      );
      const id = stale.createCommitment.id;
      const gaps = await ok(
        trustee,
        `{ sayDoGaps { commitment { id } reason message lastActionOn } }`,
      );
      expect(gaps.sayDoGaps).toEqual([
        {
          commitment: { id },
          reason: 'REVIEW_OVERDUE',
          message: 'Its review date (2025-01-31) has passed with no action since',
          lastActionOn: null,
        },
      ]);
      const list = await ok(trustee, `{ commitments { id sayDoGap { reason message } } }`);
      expect(list.commitments.find((c: any) => c.id === id).sayDoGap.reason).toBe('REVIEW_OVERDUE');
      expect(list.commitments.find((c: any) => c.id === commitmentId).sayDoGap).toBeNull();
    });

    it('verifies the chain, and names an entry altered behind the API', async () => {
      const clean = await ok(
        trustee,
        `{ verifyActionLog { ok checkedCount firstBreak { sequence } } }`,
      );
      expect(clean.verifyActionLog).toEqual({ ok: true, checkedCount: 2, firstBreak: null });

      await db.query(
        'ALTER TABLE action_log_entries DISABLE TRIGGER action_log_entries_append_only',
      );
      try {
        await db.query(`UPDATE action_log_entries SET with_whom = 'Someone else' WHERE id = $1`, [
          firstEntryId,
        ]);
      } finally {
        await db.query(
          'ALTER TABLE action_log_entries ENABLE TRIGGER action_log_entries_append_only',
        );
      }
      const broken = await ok(
        head,
        `{ verifyActionLog { ok checkedCount firstBreak { sequence entryId reason message } } }`,
      );
      expect(broken.verifyActionLog).toEqual({
        ok: false,
        checkedCount: 1,
        firstBreak: {
          sequence: 1,
          entryId: firstEntryId,
          reason: 'CONTENT_CHANGED',
          message: 'The entry was changed after it was recorded',
        },
      });
    });

    it('reports manifesto coverage per principle for a period', async () => {
      const year =
        new Date().getUTCMonth() >= 3
          ? new Date().getUTCFullYear()
          : new Date().getUTCFullYear() - 1;
      const data = await ok(
        trustee,
        `query($period: PeriodInput!) { manifestoCoverage(period: $period) {
           period { key label } actionsFrom actionsUntil
           principles { principle { code label } activeCommitments actionsLast90Days programmesTagged sessionsTagged evidenceItems indicatorsWithResults } } }`,
        { period: { key: `FY${year}` } },
      );
      const coverage = data.manifestoCoverage;
      expect(coverage.principles.map((p: any) => p.principle.code)).toEqual([
        'MA_LE.1',
        'MA_LE.2',
        'MA_LE.3',
        'MA_LE.4',
        'MA_LE.5',
        'MA_LE.6',
        'MA_LE.7',
        'MA_LE.8',
      ]);
      const social = coverage.principles.find((p: any) => p.principle.code === 'MA_LE.2');
      expect(social).toMatchObject({
        activeCommitments: 1,
        actionsLast90Days: 1,
        indicatorsWithResults: 0,
      });
      const bad = await trustee.request(
        `{ manifestoCoverage(period: { key: "nonsense" }) { actionsFrom } }`,
      );
      expect(bad.errors?.[0]?.extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        fieldErrors: [{ path: ['period', 'key'] }],
      });
    });
  });
});
