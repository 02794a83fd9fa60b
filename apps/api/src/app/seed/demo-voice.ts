import { randomBytes, randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';

/** A small deterministic generator, so the demo looks the same on every machine. */
function random(seed: number) {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    int: (min: number, max: number) => min + Math.floor(next() * (max - min + 1)),
    pick: <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)] as T,
  };
}

const DAY = 24 * 3600 * 1000;
const clamp = (value: number, low: number, high: number) => Math.min(high, Math.max(low, value));

const COMMENTS = [
  'Lovely relaxed afternoon, the handling objects brought back so many memories.',
  'My dad talked more today than he has all week. Thank you.',
  'Would like it to run more often.',
  'The room was a bit cold but the volunteers were wonderful.',
  'Seeing the old shop signs again made my day.',
];

export interface DemoVoiceResult {
  surveys: number;
  responses: number;
  contacts: number;
}

interface Row {
  id: string;
  surveyId: string;
  wave: string;
  months: number | null;
  pairingHash: string | null;
  at: Date;
}

/**
 * Participant voice for the demo museum, once: a before/after survey on the KS2 Romans
 * programme (about 60 paired responses whose scores rise), a single survey on Memories Café
 * (ONS4, NPS, quality, comments) offering follow-up, with consented contacts (synthetic
 * example.org addresses) whose waves were sent, answered or are still to come, and one
 * withdrawal. Does nothing when the museum already has surveys.
 */
export async function seedDemoVoice(
  em: EntityManager,
  organisationId: string,
  today: Date = new Date(),
): Promise<DemoVoiceResult | null> {
  const existing = (await em.query(
    'SELECT count(*)::int AS n FROM surveys WHERE organisation_id = $1',
    [organisationId],
  )) as Array<{ n: number }>;
  if ((existing[0]?.n ?? 0) > 0) return null;
  const programmes = (await em.query(
    `SELECT id, name FROM programmes WHERE organisation_id = $1 AND name IN ('Schools - KS2 Romans', 'Memories Café')`,
    [organisationId],
  )) as Array<{ id: string; name: string }>;
  const romans = programmes.find((p) => p.name === 'Schools - KS2 Romans');
  const cafe = programmes.find((p) => p.name === 'Memories Café');
  if (!romans || !cafe) return null;
  const r = random(5005);
  const now = today.getTime();

  const insertSurvey = async (values: {
    title: string;
    intro: string;
    programmeId: string;
    kind: 'SINGLE' | 'PRE_POST';
    itemCodes: string[];
    offersFollowUp: boolean;
    createdAt: Date;
  }): Promise<string> => {
    const id = randomUUID();
    await em.query(
      `INSERT INTO surveys (id, organisation_id, title, intro, programme_id, kind, status, item_codes,
                            offers_follow_up, follow_up_months, public_token, created_at, updated_at)
       VALUES ($1, $2, $3, $4, $5, $6, 'OPEN', $7, $8, '{3,6,12}', $9, $10, $10)`,
      [
        id,
        organisationId,
        values.title,
        values.intro,
        values.programmeId,
        values.kind,
        values.itemCodes,
        values.offersFollowUp,
        randomBytes(16).toString('base64url'),
        values.createdAt,
      ],
    );
    return id;
  };

  const prePostId = await insertSurvey({
    title: 'KS2 Romans: before and after',
    intro: 'A few quick questions before the workshop starts, and the same again at the end.',
    programmeId: romans.id,
    kind: 'PRE_POST',
    itemCodes: ['LO_KNOWLEDGE', 'LO_SKILLS', 'LO_ENJOYMENT', 'ONS4_HAPPY', 'FT_LEARNED'],
    offersFollowUp: false,
    createdAt: new Date(now - 370 * DAY),
  });
  const singleId = await insertSurvey({
    title: 'Memories Café: how was today?',
    intro: 'Thank you for coming. Your answers help us keep the café going.',
    programmeId: cafe.id,
    kind: 'SINGLE',
    itemCodes: [
      'ONS4_SATISFIED',
      'ONS4_WORTHWHILE',
      'ONS4_HAPPY',
      'ONS4_ANXIOUS',
      'QD_CAPTIVATION',
      'QD_RELEVANCE',
      'NPS_RECOMMEND',
      'FT_COMMENTS',
    ],
    offersFollowUp: true,
    createdAt: new Date(now - 400 * DAY),
  });

  const responses: Row[] = [];
  const answers: Array<{
    responseId: string;
    itemCode: string;
    value: number | null;
    text: string | null;
  }> = [];
  const answer = (
    responseId: string,
    itemCode: string,
    value: number | null,
    text: string | null = null,
  ) => answers.push({ responseId, itemCode, value, text });

  // 60 pupils answer before and after a workshop; scores rise plausibly.
  for (let i = 0; i < 60; i += 1) {
    const workshop = now - r.int(10, 350) * DAY;
    const hash = randomBytes(18).toString('base64url');
    const pre = {
      id: randomUUID(),
      surveyId: prePostId,
      wave: 'PRE',
      months: null,
      pairingHash: hash,
      at: new Date(workshop + 9.5 * 3600 * 1000),
    };
    const post = {
      ...pre,
      id: randomUUID(),
      wave: 'POST',
      at: new Date(workshop + 14.5 * 3600 * 1000),
    };
    responses.push(pre, post);
    const knowledge = r.int(1, 4);
    const skills = r.int(2, 4);
    const enjoyment = r.int(2, 5);
    const happy = r.int(4, 9);
    answer(pre.id, 'LO_KNOWLEDGE', knowledge);
    answer(pre.id, 'LO_SKILLS', skills);
    answer(pre.id, 'LO_ENJOYMENT', enjoyment);
    answer(pre.id, 'ONS4_HAPPY', happy);
    answer(post.id, 'LO_KNOWLEDGE', clamp(knowledge + r.pick([0, 1, 1, 1, 2, 2]), 1, 5));
    answer(post.id, 'LO_SKILLS', clamp(skills + r.pick([-1, 0, 0, 1, 1, 2]), 1, 5));
    answer(post.id, 'LO_ENJOYMENT', clamp(enjoyment + r.pick([0, 0, 1, 1, 1]), 1, 5));
    answer(post.id, 'ONS4_HAPPY', clamp(happy + r.pick([-1, 0, 1, 1, 2]), 0, 10));
    if (i % 9 === 0)
      answer(
        post.id,
        'FT_LEARNED',
        null,
        r.pick([
          'Romans had central heating!',
          'How to write with a stylus',
          'Soldiers walked 20 miles a day',
        ]),
      );
  }

  // About 45 Memories Café responses over the year.
  for (let i = 0; i < 45; i += 1) {
    const row = {
      id: randomUUID(),
      surveyId: singleId,
      wave: 'SINGLE',
      months: null,
      pairingHash: null,
      at: new Date(now - r.int(5, 380) * DAY),
    };
    responses.push(row);
    answer(row.id, 'ONS4_SATISFIED', r.int(5, 9));
    answer(row.id, 'ONS4_WORTHWHILE', r.int(5, 10));
    answer(row.id, 'ONS4_HAPPY', r.int(4, 9));
    answer(row.id, 'ONS4_ANXIOUS', r.int(0, 6));
    answer(row.id, 'QD_CAPTIVATION', Math.round((0.55 + r.next() * 0.45) * 100) / 100);
    answer(row.id, 'QD_RELEVANCE', Math.round((0.5 + r.next() * 0.5) * 100) / 100);
    answer(row.id, 'NPS_RECOMMEND', r.pick([6, 7, 8, 8, 9, 9, 10, 10, 10]));
    if (i % 9 === 2) answer(row.id, 'FT_COMMENTS', null, COMMENTS[(i / 9) | 0] ?? COMMENTS[0]!);
  }

  // Follow-up: 24 people agreed, over the past 13 months; waves due so far were sent.
  const contacts: unknown[][] = [];
  const invitations: unknown[][] = [];
  for (let i = 0; i < 24; i += 1) {
    const consentedAt = new Date(now - (395 - i * 16) * DAY);
    const contactId = randomUUID();
    const withdrawn = i === 5;
    contacts.push([
      contactId,
      withdrawn ? null : `participant-${i + 1}@example.org`,
      i % 4 === 3 ? 'PARENT_GUARDIAN' : 'SELF',
      consentedAt,
      withdrawn ? new Date(consentedAt.getTime() + 40 * DAY) : null,
      randomBytes(24).toString('hex'),
    ]);
    let stillAnswering = true;
    for (const months of [3, 6, 12]) {
      const due = new Date(consentedAt);
      due.setUTCMonth(due.getUTCMonth() + months);
      const isDue = due.getTime() <= now;
      let status = 'PENDING';
      if (withdrawn)
        status =
          months === 3 && isDue && due.getTime() < consentedAt.getTime() + 40 * DAY
            ? 'SENT'
            : 'CANCELLED';
      else if (isDue) {
        stillAnswering =
          stillAnswering && r.next() < (months === 3 ? 0.75 : months === 6 ? 0.7 : 0.65);
        status = stillAnswering ? 'RESPONDED' : 'SENT';
      }
      invitations.push([
        contactId,
        months,
        due.toISOString().slice(0, 10),
        status,
        status === 'SENT' || status === 'RESPONDED' ? due : null,
      ]);
      if (status === 'RESPONDED') {
        const row = {
          id: randomUUID(),
          surveyId: singleId,
          wave: 'FOLLOW_UP',
          months,
          pairingHash: null,
          at: new Date(due.getTime() + 2 * DAY),
        };
        responses.push(row);
        answer(row.id, 'ONS4_SATISFIED', r.int(6, 9));
        answer(row.id, 'ONS4_WORTHWHILE', r.int(6, 10));
        answer(row.id, 'ONS4_HAPPY', r.int(5, 9));
        answer(row.id, 'ONS4_ANXIOUS', r.int(0, 5));
      }
    }
  }

  await em.query(
    `INSERT INTO survey_responses (id, organisation_id, survey_id, wave, follow_up_months, pairing_hash, submitted_at, local_date)
     SELECT x.id, $1, x.survey_id, x.wave::survey_wave, x.months, x.hash, x.at, (x.at AT TIME ZONE o.time_zone)::date
       FROM unnest($2::uuid[], $3::uuid[], $4::text[], $5::int[], $6::text[], $7::timestamptz[])
            AS x(id, survey_id, wave, months, hash, at)
       JOIN organisations o ON o.id = $1`,
    [
      organisationId,
      responses.map((row) => row.id),
      responses.map((row) => row.surveyId),
      responses.map((row) => row.wave),
      responses.map((row) => row.months),
      responses.map((row) => row.pairingHash),
      responses.map((row) => row.at),
    ],
  );
  await em.query(
    `INSERT INTO survey_answers (response_id, item_code, organisation_id, value, text)
     SELECT x.response_id, x.item_code, $1, x.value, x.text
       FROM unnest($2::uuid[], $3::text[], $4::numeric[], $5::text[]) AS x(response_id, item_code, value, text)`,
    [
      organisationId,
      answers.map((a) => a.responseId),
      answers.map((a) => a.itemCode),
      answers.map((a) => a.value),
      answers.map((a) => a.text),
    ],
  );
  await em.query(
    `INSERT INTO survey_contacts (id, organisation_id, survey_id, email, purpose, lawful_basis, given_by, consented_at, withdrawn_at, withdraw_token_hash)
     SELECT x.id, $1, $2, x.email, $3, 'CONSENT', x.given_by::consent_giver, x.consented_at, x.withdrawn_at, x.token_hash
       FROM unnest($4::uuid[], $5::text[], $6::text[], $7::timestamptz[], $8::timestamptz[], $9::text[])
            AS x(id, email, given_by, consented_at, withdrawn_at, token_hash)`,
    [
      organisationId,
      singleId,
      'To ask you a few short questions about how this affected you, 3, 6 and 12 months from now.',
      ...[0, 1, 2, 3, 4, 5].map((column) => contacts.map((contact) => contact[column])),
    ],
  );
  await em.query(
    `INSERT INTO follow_up_invitations (organisation_id, survey_id, contact_id, months, due_on, status, sent_at, responded_at)
     SELECT $1, $2, x.contact_id, x.months, x.due_on, x.status::follow_up_status, x.sent_at,
            CASE WHEN x.status = 'RESPONDED' THEN x.sent_at + interval '2 days' END
       FROM unnest($3::uuid[], $4::int[], $5::date[], $6::text[], $7::timestamptz[])
            AS x(contact_id, months, due_on, status, sent_at)`,
    [
      organisationId,
      singleId,
      ...[0, 1, 2, 3, 4].map((column) => invitations.map((row) => row[column])),
    ],
  );
  return { surveys: 2, responses: responses.length, contacts: contacts.length };
}
