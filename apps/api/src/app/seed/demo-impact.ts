import {
  BUILT_IN_INDICATORS,
  periodOf,
  previousPeriod,
  periodsBetween,
  type BuiltInIndicatorCode,
  type Period,
} from '@lantern/domain';
import type { EntityManager } from 'typeorm';
import { IndicatorValuesRepository } from '../../modules/indicators/indicator-values.repository';
import { insertBuiltInIndicators } from '../../modules/indicators/indicators.repository';

export interface DemoImpactResult {
  indicators: number;
  targets: number;
  results: number;
  lockedPeriod: string;
}

/** Built-ins the demo sets targets on, with how much above last year's actual to aim. */
const TARGETED: ReadonlyArray<{ code: BuiltInIndicatorCode; uplift: number }> = [
  { code: 'SESSIONS_DELIVERED', uplift: 1.05 },
  { code: 'ATTENDANCES', uplift: 1.1 },
  { code: 'CYP_ATTENDANCES', uplift: 1.1 },
  { code: 'DISTINCT_SCHOOLS', uplift: 1.1 },
  { code: 'CONTACT_HOURS', uplift: 1.05 },
];

const CUSTOM = [
  {
    code: 'TEACHER_CONFIDENCE',
    name: 'Teachers reporting increased confidence',
    definition:
      'Teachers who say, in the feedback form after a CPD session or a school visit, that it increased their confidence to teach with objects and collections, as a percentage of teachers who answered.',
    type: 'PERCENTAGE',
    source: 'MANUAL',
    unit: '%',
    direction: 'INCREASE',
    cumulative_class: 'NON_CUMULATIVE',
    survey_statistic: null,
    survey_item_code: null,
  },
  {
    code: 'KNOWLEDGE_CHANGE',
    name: 'Knowledge: paired pre/post change',
    definition:
      'Mean change (post minus pre, in points on the five-point scale) in agreement with "I learned something new", over participants who answered both before and after; with a 95% confidence interval.',
    type: 'PRE_POST_CHANGE',
    source: 'SURVEY',
    unit: 'points',
    direction: 'INCREASE',
    cumulative_class: 'CUMULATIVE_WITHIN_YEAR',
    survey_statistic: 'PRE_POST_CHANGE',
    survey_item_code: 'LO_KNOWLEDGE',
  },
  {
    code: 'YOUTH_PANEL_DISPLAY',
    name: 'Youth panel co-curates a gallery display',
    definition:
      'Stages reached towards a display co-curated by the youth panel: 1 panel recruited, 2 objects chosen, 3 interpretation written, 4 display open.',
    type: 'MILESTONE',
    source: 'MILESTONE',
    unit: 'stage (of 4)',
    direction: 'INCREASE',
    cumulative_class: 'LIFETIME_CUMULATIVE',
    survey_statistic: null,
    survey_item_code: null,
  },
] as const;

const COMMENTARY = [
  'Strong school bookings after the new KS2 Romans workshop launched.',
  'Summer holiday family programme drew first-time visitors; school visits paused for the holidays.',
  'Outreach to partner schools in deciles 1-3 grew after the transport fund opened.',
  'Spring term busy with schools; two sessions cancelled for snow.',
];

/**
 * The demo museum's indicators, targets and results (issue #5): targets for this and last
 * financial year on the main built-ins (whole museum, and one programme), three indicators
 * of its own (manual, survey, milestone), approved results for last year's quarters with
 * commentary, and last year's Q1 locked. Does nothing when the museum already has them.
 */
export async function seedDemoImpact(
  em: EntityManager,
  organisationId: string,
  today: Date = new Date(),
): Promise<DemoImpactResult | null> {
  await insertBuiltInIndicators(em, organisationId);
  const [head] = (await em.query(
    `SELECT user_id AS id FROM memberships WHERE organisation_id = $1 AND role = 'HEAD_OF_LEARNING'
      ORDER BY created_at LIMIT 1`,
    [organisationId],
  )) as Array<{ id: string }>;
  const headUserId = head?.id ?? null;
  const done = (await em.query(
    `SELECT 1 FROM indicators WHERE organisation_id = $1 AND code = 'TEACHER_CONFIDENCE'`,
    [organisationId],
  )) as unknown[];
  if (done.length) return null;

  for (const custom of CUSTOM) {
    await em.query(
      `INSERT INTO indicators (organisation_id, code, name, definition, type, source, unit, direction,
         cumulative_class, allowed_disaggregations, owner_user_id, survey_statistic, survey_item_code)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, '{}', $10, $11, $12)`,
      [
        organisationId,
        custom.code,
        custom.name,
        custom.definition,
        custom.type,
        custom.source,
        custom.unit,
        custom.direction,
        custom.cumulative_class,
        headUserId,
        custom.survey_statistic,
        custom.survey_item_code,
      ],
    );
  }
  const ids = new Map(
    (
      (await em.query('SELECT id, code FROM indicators WHERE organisation_id = $1', [
        organisationId,
      ])) as Array<{ id: string; code: string }>
    ).map((r) => [r.code, r.id]),
  );

  const iso = today.toISOString().slice(0, 10);
  const thisYear = periodOf('FINANCIAL_YEAR', iso);
  const lastYear = previousPeriod(thisYear);
  const figures = new IndicatorValuesRepository(em.connection);
  const museum = { kind: 'MUSEUM' as const, id: null };
  const lastActual = await figures.builtIns(organisationId, lastYear, museum, null, em);

  // Targets: last year's at a little under what happened, this year's above it.
  let targets = 0;
  const target = async (
    code: string,
    period: Period,
    scope: { kind: 'MUSEUM' | 'PROGRAMME'; id: string | null },
    value: number,
    baseline: { value: number; label: string } | null,
  ) => {
    await em.query(
      `INSERT INTO indicator_targets (organisation_id, indicator_id, scope_kind, scope_id, scope_key,
         period_type, period_key, period_label, period_start, period_end, target_value, baseline_value,
         baseline_label, green_threshold, amber_threshold)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15)`,
      [
        organisationId,
        ids.get(code),
        scope.kind,
        scope.id,
        scope.id ? `${scope.kind}:${scope.id}` : 'MUSEUM',
        period.type,
        period.key,
        period.label,
        period.start,
        period.end,
        value,
        baseline?.value ?? null,
        baseline?.label ?? null,
        value,
        Math.round(value * 0.85 * 10) / 10,
      ],
    );
    targets += 1;
  };
  for (const { code, uplift } of TARGETED) {
    const actual = lastActual.total[code].value ?? 0;
    await target(code, lastYear, museum, Math.round(actual * 0.95), null);
    await target(code, thisYear, museum, Math.round(actual * uplift), {
      value: Math.round(actual * 10) / 10,
      label: `${lastYear.label} actual`,
    });
  }
  await target('DEPRIVED_SHARE', thisYear, museum, 35, {
    value: Math.round((lastActual.total.DEPRIVED_SHARE.value ?? 0) * 10) / 10,
    label: `${lastYear.label} actual`,
  });
  const [programme] = (await em.query(
    `SELECT id FROM programmes WHERE organisation_id = $1 AND strand = 'SCHOOLS' ORDER BY name, id LIMIT 1`,
    [organisationId],
  )) as Array<{ id: string }>;
  if (programme) {
    const schools = await figures.builtIns(
      organisationId,
      lastYear,
      { kind: 'PROGRAMME', id: programme.id },
      null,
      em,
    );
    await target(
      'ATTENDANCES',
      thisYear,
      { kind: 'PROGRAMME', id: programme.id },
      Math.round((schools.total.ATTENDANCES.value ?? 0) * 1.1),
      { value: schools.total.ATTENDANCES.value ?? 0, label: `${lastYear.label} actual` },
    );
  }

  // Approved results for last year's quarters: every built-in's total, plus the manual and
  // milestone indicators, with the head of learning's commentary.
  const quarters = periodsBetween('FINANCIAL_QUARTER', lastYear.start, lastYear.end);
  const rows: unknown[][] = [];
  for (const [index, quarter] of quarters.entries()) {
    const actual = await figures.builtIns(organisationId, quarter, museum, null, em);
    for (const builtIn of BUILT_IN_INDICATORS) {
      const figure = actual.total[builtIn.code];
      if (figure.value === null) continue;
      rows.push([ids.get(builtIn.code), quarter, figure.value, figure.n, null]);
    }
    rows.push([
      ids.get('TEACHER_CONFIDENCE'),
      quarter,
      [72, 78, 81, 84][index] ?? 80,
      18 + index * 3,
      COMMENTARY[index] ?? null,
    ]);
    rows.push([
      ids.get('YOUTH_PANEL_DISPLAY'),
      quarter,
      index + 1,
      null,
      index === 3 ? 'The display opened in March.' : null,
    ]);
  }
  for (const [indicatorId, quarter, value, n, commentary] of rows as Array<
    [string, Period, number, number | null, string | null]
  >) {
    await em.query(
      `INSERT INTO indicator_results (organisation_id, indicator_id, scope_kind, scope_id, scope_key,
         period_type, period_key, period_label, period_start, period_end, disaggregation, cell_key,
         cell_label, cell_slot, value, n, status, commentary, entered_by_user_id, approved_by_user_id, approved_at)
       VALUES ($1, $2, 'MUSEUM', NULL, 'MUSEUM', $3, $4, $5, $6, $7, NULL, NULL, NULL, '', $8, $9,
         'APPROVED', $10, $11, $11, now())`,
      [
        organisationId,
        indicatorId,
        quarter.type,
        quarter.key,
        quarter.label,
        quarter.start,
        quarter.end,
        value,
        n,
        commentary,
        headUserId,
      ],
    );
  }

  // Last year's Q1 is signed off and locked.
  const q1 = quarters[0]!;
  await em.query(
    `INSERT INTO period_locks (organisation_id, period_type, period_key, period_label, period_start,
       period_end, reason, locked_by_user_id, locked_at)
     VALUES ($1, $2, $3, $4, $5, $6, 'Signed off for the trustee pack', $7, now())`,
    [organisationId, q1.type, q1.key, q1.label, q1.start, q1.end, headUserId],
  );
  await em.query(
    `UPDATE indicator_results SET status = 'LOCKED'
      WHERE organisation_id = $1 AND period_start >= $2 AND period_end <= $3`,
    [organisationId, q1.start, q1.end],
  );
  return { indicators: CUSTOM.length, targets, results: rows.length, lockedPeriod: q1.key };
}
