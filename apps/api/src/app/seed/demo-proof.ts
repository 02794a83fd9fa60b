import { randomUUID } from 'node:crypto';
import { Readable } from 'node:stream';
import { deflateSync } from 'node:zlib';
import { ACTION_CHAIN_GENESIS } from '@lantern/domain';
import type { EntityManager } from 'typeorm';
import {
  contentOf,
  hashActionEntry,
  type StoredActionEntry,
} from '../../modules/commitments/action-chain';
import type { Storage } from '../../platform/storage/storage';

/**
 * Proof of action for the demo museum: evidence (quotes, stories, observation notes and a few
 * small pictures drawn in code), six commitments under manifesto principles and about twenty
 * dated actions over the past year, hash-chained like real ones (one correction among them,
 * one commitment with a say/do gap). Runs once per museum; deterministic for a given `today`.
 */

export interface DemoProofResult {
  evidence: number;
  images: number;
  commitments: number;
  actions: number;
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k += 1) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(bytes: Buffer): number {
  let c = 0xffffffff;
  for (const byte of bytes) c = CRC_TABLE[(c ^ byte) & 0xff]! ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

/** A small RGB PNG whose pixels come from `colour(x, y)`: no image files in the repository. */
export function drawPng(
  width: number,
  height: number,
  colour: (x: number, y: number) => [number, number, number],
): Buffer {
  const chunk = (type: string, data: Buffer) => {
    const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
    const out = Buffer.alloc(12 + data.length);
    out.writeUInt32BE(data.length, 0);
    body.copy(out, 4);
    out.writeUInt32BE(crc32(body), 8 + data.length);
    return out;
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header[8] = 8; // bit depth
  header[9] = 2; // truecolour
  const rows = Buffer.alloc((width * 3 + 1) * height);
  for (let y = 0; y < height; y += 1) {
    const start = y * (width * 3 + 1);
    rows[start] = 0;
    for (let x = 0; x < width; x += 1) {
      const [r, g, b] = colour(x, y);
      rows[start + 1 + x * 3] = r;
      rows[start + 2 + x * 3] = g;
      rows[start + 3 + x * 3] = b;
    }
  }
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(rows)),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

const PICTURES: Record<string, Buffer> = {
  // Clay lamps on a table: warm stripes.
  clay: drawPng(96, 64, (x, y) =>
    y > 40 ? [120, 80, 50] : (x >> 3) % 2 ? [196, 120, 72] : [224, 170, 120],
  ),
  // A collage: a grid of coloured squares.
  collage: drawPng(96, 64, (x, y) => {
    const cell = ((x >> 4) + (y >> 4) * 6) % 4;
    return (
      [
        [46, 94, 170],
        [240, 200, 60],
        [200, 70, 70],
        [80, 160, 110],
      ] as const
    )[cell]!.slice() as [number, number, number];
  }),
  // A riverside view: sky over water.
  river: drawPng(96, 64, (_x, y) => (y < 28 ? [150, 190, 230] : [40, 90, 140 + (y % 8) * 8])),
};

function dateBefore(today: Date, days: number): string {
  const date = new Date(
    Date.UTC(today.getUTCFullYear(), today.getUTCMonth(), today.getUTCDate() - days),
  );
  return date.toISOString().slice(0, 10);
}

export async function seedDemoProof(
  em: EntityManager,
  organisationId: string,
  staff: Array<{ id: string; name: string }>,
  today: Date = new Date(),
  storage: Storage | null = null,
): Promise<DemoProofResult | null> {
  const existing = (await em.query(
    'SELECT count(*)::int AS n FROM commitments WHERE organisation_id = $1',
    [organisationId],
  )) as Array<{ n: number }>;
  if ((existing[0]?.n ?? 0) > 0) return null;

  const elementRows = (await em.query(
    `SELECT e.code, e.id FROM framework_elements e JOIN frameworks f ON f.id = e.framework_id
      WHERE f.code = 'MA_LE_2020' AND f.organisation_id IS NULL`,
  )) as Array<{ code: string; id: string }>;
  const element = Object.fromEntries(elementRows.map((row) => [row.code, row.id]));
  const programmes = (await em.query(
    'SELECT id, name FROM programmes WHERE organisation_id = $1 ORDER BY name',
    [organisationId],
  )) as Array<{ id: string; name: string }>;
  const sessions = (await em.query(
    `SELECT id FROM sessions WHERE organisation_id = $1 AND status = 'DELIVERED'
      ORDER BY date DESC, id LIMIT 6`,
    [organisationId],
  )) as Array<{ id: string }>;
  const head = staff[0] ?? { id: null, name: 'Head of learning' };
  const officer = staff[1] ?? head;

  // --- evidence ---
  type Item = {
    kind: string;
    title: string;
    body: string | null;
    daysAgo: number;
    consent: string;
    givenBy?: string;
    publishable: boolean;
    elements: string[];
    picture?: keyof typeof PICTURES;
  };
  const items: Item[] = [
    {
      kind: 'QUOTE',
      title: 'Grandmother at the family day',
      body: 'I never thought this place was for people like us. Now my grandson wants to come every holiday.',
      daysAgo: 20,
      consent: 'OBTAINED',
      givenBy: 'The participant',
      publishable: true,
      elements: ['MA_LE.1', 'MA_LE.2'],
    },
    {
      kind: 'QUOTE',
      title: 'Year 5 pupil, Hill Street Primary',
      body: 'I touched a real Roman lamp. It was older than my whole street.',
      daysAgo: 45,
      consent: 'OBTAINED',
      givenBy: 'Parent or guardian (school form)',
      publishable: true,
      elements: ['MA_LE.5'],
    },
    {
      kind: 'QUOTE',
      title: 'Youth panel member',
      body: 'They actually changed the label because of what we said.',
      daysAgo: 70,
      consent: 'OBTAINED',
      givenBy: 'The participant',
      publishable: true,
      elements: ['MA_LE.4', 'MA_LE.3'],
    },
    {
      kind: 'QUOTE',
      title: 'Carer at the memory café',
      body: 'He hummed all the way home. He has not done that in months.',
      daysAgo: 100,
      consent: 'NOT_OBTAINED',
      publishable: false,
      elements: ['MA_LE.2'],
    },
    {
      kind: 'STORY',
      title: 'From visitor to volunteer',
      body: 'A parent who first came to a free family day in the spring now volunteers on Saturday mornings and has recruited two neighbours.',
      daysAgo: 130,
      consent: 'OBTAINED',
      givenBy: 'The participant',
      publishable: true,
      elements: ['MA_LE.8', 'MA_LE.4'],
    },
    {
      kind: 'STORY',
      title: 'The community co-curated case',
      body: 'Residents chose the objects and wrote the words for the riverside case; the curator edited only for length.',
      daysAgo: 160,
      consent: 'NOT_NEEDED',
      publishable: true,
      elements: ['MA_LE.4', 'MA_LE.5'],
    },
    {
      kind: 'OBSERVATION',
      title: 'Notes from the youth panel',
      body: 'Quiet at first; by the end they were running the session and asking about the store.',
      daysAgo: 75,
      consent: 'NOT_NEEDED',
      publishable: true,
      elements: ['MA_LE.4'],
    },
    {
      kind: 'OBSERVATION',
      title: 'KS2 workshop, schools in deciles 1-2',
      body: 'Every pupil handled an object; three who had not spoken all morning led the final show-and-tell.',
      daysAgo: 40,
      consent: 'NOT_NEEDED',
      publishable: true,
      elements: ['MA_LE.2', 'MA_LE.6'],
    },
    {
      kind: 'OBSERVATION',
      title: 'Partner meeting with the tenants’ association',
      body: 'They asked for evening opening; we agreed to trial two late sessions.',
      daysAgo: 210,
      consent: 'NOT_NEEDED',
      publishable: false,
      elements: ['MA_LE.7'],
    },
    {
      kind: 'PHOTO',
      title: 'Clay lamps workshop',
      body: 'Year 4 pupils modelling Roman lamps (no faces shown).',
      daysAgo: 44,
      consent: 'NOT_NEEDED',
      publishable: true,
      elements: ['MA_LE.5'],
      picture: 'clay',
    },
    {
      kind: 'ARTWORK',
      title: 'Collage by the young carers group',
      body: 'Made over three sessions from reproductions of collection prints.',
      daysAgo: 90,
      consent: 'OBTAINED',
      givenBy: 'Group leader on behalf of the makers',
      publishable: true,
      elements: ['MA_LE.1'],
      picture: 'collage',
    },
    {
      kind: 'PHOTO',
      title: 'Riverside walk, outreach session',
      body: 'The view the reminiscence group chose for their postcards.',
      daysAgo: 150,
      consent: 'NOT_NEEDED',
      publishable: true,
      elements: ['MA_LE.2'],
      picture: 'river',
    },
  ];
  const evidenceIds: string[] = [];
  let images = 0;
  for (const [index, item] of items.entries()) {
    const id = randomUUID();
    let file: { key: string; name: string; size: number } | null = null;
    if (item.picture && storage) {
      const bytes = PICTURES[item.picture]!;
      const key = `evidence/${organisationId}/${id}/demo-${item.picture}`;
      await storage.put(key, Readable.from([bytes]));
      file = { key, name: `${item.picture}.png`, size: bytes.length };
      images += 1;
    }
    const occurredOn = dateBefore(today, item.daysAgo);
    await em.query(
      `INSERT INTO evidence_items (id, organisation_id, kind, title, body, occurred_on, consent_status,
         consent_given_by, consent_given_on, publishable, file_storage_key, file_name, file_content_type,
         file_byte_size, created_by_user_id)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15)`,
      [
        id,
        organisationId,
        item.kind,
        item.title,
        item.body,
        occurredOn,
        item.consent,
        item.givenBy ?? null,
        item.consent === 'OBTAINED' ? occurredOn : null,
        item.publishable,
        file?.key ?? null,
        file?.name ?? null,
        file ? 'image/png' : null,
        file?.size ?? null,
        officer.id,
      ],
    );
    await em.query(
      `INSERT INTO evidence_framework_elements (evidence_id, element_id, organisation_id)
       SELECT $1, unnest($2::uuid[]), $3`,
      [id, item.elements.map((code) => element[code]).filter(Boolean), organisationId],
    );
    const programme = programmes[index % Math.max(programmes.length, 1)];
    if (programme && index % 2 === 0) {
      await em.query(
        'INSERT INTO evidence_programmes (evidence_id, programme_id, organisation_id) VALUES ($1, $2, $3)',
        [id, programme.id, organisationId],
      );
    }
    const session = sessions[index];
    if (session && index < 4) {
      await em.query(
        'INSERT INTO evidence_sessions (evidence_id, session_id, organisation_id) VALUES ($1, $2, $3)',
        [id, session.id, organisationId],
      );
    }
    evidenceIds.push(id);
  }

  // --- commitments ---
  const commitmentDefs: Array<{
    code: string;
    title: string;
    status: string;
    reviewIn: number | null;
    madeDaysAgo?: number;
  }> = [
    {
      code: 'MA_LE.2',
      title: 'Double KS2 visits from schools in IMD deciles 1-2 by 2026/27',
      status: 'ACTIVE',
      reviewIn: 120,
    },
    {
      code: 'MA_LE.4',
      title: 'A youth panel that shapes every new display',
      status: 'ACTIVE',
      reviewIn: 60,
    },
    {
      code: 'MA_LE.1',
      title: 'Free family days in every school holiday',
      status: 'ACHIEVED',
      reviewIn: null,
    },
    {
      code: 'MA_LE.7',
      title: 'Co-design a partnership charter with community groups',
      status: 'AT_RISK',
      reviewIn: 30,
    },
    {
      code: 'MA_LE.6',
      title: 'Publish what we learn from evaluation each year',
      status: 'ACTIVE',
      reviewIn: 200,
    },
    {
      code: 'MA_LE.8',
      title: 'Paid placements for young people from the local area',
      status: 'PLANNED',
      reviewIn: 90,
      madeDaysAgo: 20,
    },
  ];
  const commitmentIds: string[] = [];
  for (const [index, def] of commitmentDefs.entries()) {
    const id = randomUUID();
    await em.query(
      `INSERT INTO commitments (id, organisation_id, element_id, title, owner_user_id, review_date,
         review_window_days, status, created_by_user_id, created_at, updated_at)
       VALUES ($1, $2, $3, $4, $5, $6, 90, $7, $8, $9, $9)`,
      [
        id,
        organisationId,
        element[def.code],
        def.title,
        index % 2 ? officer.id : head.id,
        def.reviewIn === null ? null : dateBefore(today, -def.reviewIn),
        def.status,
        head.id,
        `${dateBefore(today, def.madeDaysAgo ?? 365)}T09:00:00Z`,
      ],
    );
    commitmentIds.push(id);
  }

  // --- actions: [commitment index, days ago, what, with whom, effect, next, evidence index] ---
  const actionDefs: Array<
    [number, number, string, string | null, string | null, string | null, number | null]
  > = [
    [
      0,
      330,
      'Wrote to the twelve primary schools in deciles 1-2 offering free KS2 workshops and coach costs',
      'Head teachers of 12 schools',
      null,
      'Follow up by phone',
      null,
    ],
    [
      2,
      320,
      'Ran the first free family day of the year',
      'Families from the estate and the food bank',
      '140 people came; a third had never visited',
      'Repeat at half term',
      0,
    ],
    [
      3,
      300,
      'First meeting with community groups about a partnership charter',
      'Tenants’ association, refugee support group',
      'They asked for evening opening',
      'Draft the charter together',
      8,
    ],
    [
      1,
      290,
      'Recruited the youth panel (eight members, 14-19)',
      'Youth service',
      null,
      'First panel meeting',
      null,
    ],
    [
      0,
      270,
      'Booked the first six KS2 workshops from the targeted schools',
      'Hill Street Primary, Canal Side Academy',
      null,
      'Plan transport',
      null,
    ],
    [
      2,
      250,
      'Family day in the summer holiday',
      'Families, two community groups',
      null,
      'Book the autumn date',
      10,
    ],
    [
      1,
      230,
      'Youth panel reviewed the new gallery labels',
      'Youth panel',
      'Two labels rewritten',
      'Show the panel the final versions',
      6,
    ],
    [
      4,
      220,
      'Evaluation findings from last year shared at the staff meeting',
      'All learning staff',
      null,
      'Publish a short summary online',
      null,
    ],
    [
      3,
      150,
      'Second charter workshop',
      'Tenants’ association',
      'A first draft of three principles',
      'Circulate for comment',
      null,
    ],
    [
      0,
      140,
      'KS2 workshops delivered to four targeted schools this term',
      'Four schools in deciles 1-2',
      'Every class asked to come back',
      'Secure funding for coaches next year',
      7,
    ],
    [2, 120, 'Autumn half-term family day', 'Families', null, null, 0],
    [
      1,
      110,
      'Youth panel co-curated the riverside case',
      'Youth panel, curators',
      'Visitors stop at the case twice as long',
      'Panel to choose the next theme',
      5,
    ],
    [
      4,
      95,
      'Evaluation summary published on the website',
      null,
      null,
      'Plan this year’s survey',
      7,
    ],
    [
      0,
      80,
      'Coach funding secured from the local trust',
      'Local charitable trust',
      null,
      'Offer places to the next eight schools',
      null,
    ],
    [
      1,
      60,
      'Youth panel planned the spring programme',
      'Youth panel',
      null,
      'Recruit three more members',
      2,
    ],
    [2, 50, 'Winter family day', 'Families, memory café', null, null, 3],
    [
      0,
      35,
      'KS2 workshops: six targeted schools this term',
      'Six schools in deciles 1-2',
      'Attendance from deciles 1-2 up a third on last year',
      'Report to trustees',
      1,
    ],
    [
      4,
      30,
      'Survey of last term’s participants started',
      'Participants',
      null,
      'Analyse in January',
      null,
    ],
    [
      1,
      15,
      'Youth panel led a public tour',
      'Youth panel, 30 visitors',
      'Tour fully booked',
      null,
      2,
    ],
  ];
  type Entry = Omit<StoredActionEntry, 'organisationId'>;
  const entries: Entry[] = [];
  let prevHash = ACTION_CHAIN_GENESIS;
  const append = (fields: Omit<Entry, 'id' | 'sequence' | 'prevHash' | 'hash'>) => {
    const entry = {
      ...fields,
      id: randomUUID(),
      organisationId,
      sequence: entries.length + 1,
      prevHash,
    };
    const hash = hashActionEntry(contentOf(entry));
    entries.push({ ...entry, hash });
    prevHash = hash;
    return entries.at(-1)!;
  };
  for (const [index, [c, daysAgo, what, withWhom, effect, next, ev]] of actionDefs.entries()) {
    const author = index % 3 ? officer : head;
    const occurredOn = dateBefore(today, daysAgo);
    const recorded = append({
      commitmentId: commitmentIds[c]!,
      occurredOn,
      whatWasDone: what,
      withWhom,
      evidenceIds: ev === null ? [] : [evidenceIds[ev]!],
      observedEffect: effect,
      nextStep: next,
      amendsId: null,
      authorUserId: author.id,
      authorName: author.name,
      recordedAt: new Date(`${occurredOn}T16:30:00.000Z`),
    });
    if (index === 9) {
      // A correction, recorded the next day: it was five schools, not four.
      append({
        ...recorded,
        whatWasDone: 'KS2 workshops delivered to five targeted schools this term',
        withWhom: 'Five schools in deciles 1-2',
        amendsId: recorded.id,
        authorUserId: head.id,
        authorName: head.name,
        recordedAt: new Date(`${dateBefore(today, daysAgo - 1)}T09:15:00.000Z`),
      });
    }
  }
  for (const entry of entries) {
    await em.query(
      `INSERT INTO action_log_entries (id, organisation_id, sequence, commitment_id, occurred_on,
         what_was_done, with_whom, evidence_ids, observed_effect, next_step, amends_id,
         author_user_id, author_name, recorded_at, prev_hash, hash)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16)`,
      [
        entry.id,
        organisationId,
        entry.sequence,
        entry.commitmentId,
        entry.occurredOn,
        entry.whatWasDone,
        entry.withWhom,
        entry.evidenceIds,
        entry.observedEffect,
        entry.nextStep,
        entry.amendsId,
        entry.authorUserId,
        entry.authorName,
        entry.recordedAt,
        entry.prevHash,
        entry.hash,
      ],
    );
  }
  return {
    evidence: items.length,
    images,
    commitments: commitmentDefs.length,
    actions: entries.length,
  };
}
