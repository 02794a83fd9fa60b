import { permissionsFor } from '@lantern/domain';
import { describe, expect, it, vi } from 'vitest';
import type { OrgActor } from '../../platform/auth/actor';
import {
  SurveyIndicatorSource,
  type SurveyIndicatorQuery,
  type SurveyIndicatorValue,
} from '../../platform/impact/survey-indicator-source';
import type { IndicatorEntity, IndicatorResultEntity } from './indicator.entity';
import type { IndicatorValuesRepository } from './indicator-values.repository';
import { IndicatorFiguresCache } from './indicator-figures.cache';
import { IndicatorValuesService, SURVEYS_UNAVAILABLE } from './indicator-values.service';
import type { IndicatorsRepository } from './indicators.repository';
import { suppressResults } from './results.service';
import { Scopes } from './scopes';

const ORG = '00000000-0000-4000-8000-0000000000aa';
const actor: OrgActor = {
  userId: '00000000-0000-4000-8000-000000000001',
  userName: 'Head',
  sessionId: 's',
  organisationId: ORG,
  role: 'TRUSTEE',
  permissions: permissionsFor('TRUSTEE'),
  requestId: null,
};

const survey: IndicatorEntity = {
  id: '00000000-0000-4000-8000-0000000000b1',
  organisationId: ORG,
  code: 'KNOWLEDGE_CHANGE',
  name: 'Knowledge: pre/post change',
  definition: 'Mean change in "I learned something new"',
  type: 'PRE_POST_CHANGE',
  source: 'SURVEY',
  unit: 'points',
  direction: 'INCREASE',
  cumulativeClass: 'CUMULATIVE_WITHIN_YEAR',
  allowedDisaggregations: [],
  ownerUserId: null,
  surveyStatistic: 'PRE_POST_CHANGE',
  surveyItemCode: 'LO_KNOWLEDGE',
  surveyId: null,
  benchmark: null,
  position: 100,
  archivedAt: null,
  createdAt: new Date(),
  updatedAt: new Date(),
};

/** A survey source that answers from a table of its own, recording what it was asked. */
class FixedSurveySource extends SurveyIndicatorSource {
  readonly asked: SurveyIndicatorQuery[] = [];
  async compute(query: SurveyIndicatorQuery): Promise<SurveyIndicatorValue> {
    this.asked.push(query);
    return { value: 0.8, n: 24, ciLow: 0.5, ciHigh: 1.1 };
  }
}

function service(source?: SurveyIndicatorSource) {
  const repository = {
    settings: vi.fn().mockResolvedValue({
      name: 'Museum',
      financialYearStartMonth: 4,
      academicYearStartMonth: 9,
      smallCellThreshold: 5,
      timeZone: 'Europe/London',
    }),
    scopeNames: vi.fn().mockResolvedValue({
      organisationName: 'Museum',
      sites: new Map(),
      programmes: new Map([['00000000-0000-4000-8000-0000000000c1', 'Schools']]),
    }),
    findByIds: vi.fn().mockResolvedValue([survey]),
    results: vi.fn().mockResolvedValue([]),
    targets: vi.fn().mockResolvedValue([
      {
        id: 't',
        indicatorId: survey.id,
        targetValue: 1,
        greenThreshold: 1,
        amberThreshold: 0.5,
        scopeKind: 'PROGRAMME',
        scopeId: '00000000-0000-4000-8000-0000000000c1',
        periodType: 'FINANCIAL_QUARTER',
        periodKey: 'FQ2025-3',
        periodLabel: 'Q3 2025/26',
        periodStart: '2025-10-01',
        periodEnd: '2025-12-31',
      },
    ]),
  } as unknown as IndicatorsRepository;
  const figures = { builtIns: vi.fn() } as unknown as IndicatorValuesRepository;
  return new IndicatorValuesService(
    repository,
    figures,
    new Scopes(repository),
    new IndicatorFiguresCache(),
    source,
  );
}

describe('survey-derived indicators', () => {
  it('ask the survey source for the statistic, item, window and scope, and get RAG', async () => {
    const source = new FixedSurveySource();
    const [value] = await service(source).values(
      actor,
      { key: 'FQ2025-3' },
      { kind: 'PROGRAMME', id: '00000000-0000-4000-8000-0000000000c1' },
      [survey.id],
      null,
    );
    expect(source.asked).toEqual([
      {
        organisationId: ORG,
        statistic: 'PRE_POST_CHANGE',
        itemCode: 'LO_KNOWLEDGE',
        surveyId: null,
        // Year to date: from the start of the financial year.
        start: '2025-04-01',
        end: '2025-12-31',
        programmeId: '00000000-0000-4000-8000-0000000000c1',
        siteId: null,
      },
    ]);
    expect(value).toMatchObject({
      value: 0.8,
      n: 24,
      ciLow: 0.5,
      ciHigh: 1.1,
      rag: 'AMBER',
      note: null,
      scope: { kind: 'PROGRAMME', label: 'Schools' },
    });
  });

  it('say surveys are not available when no source is installed', async () => {
    const [value] = await service(undefined).values(
      actor,
      { key: 'FQ2025-3' },
      null,
      [survey.id],
      null,
    );
    expect(value).toMatchObject({ value: null, n: null, rag: null, note: SURVEYS_UNAVAILABLE });
  });
});

describe('suppressResults', () => {
  const row = (id: string, cell: string | null, value: number, n: number | null) =>
    ({
      id,
      indicatorId: 'i',
      scopeKey: 'MUSEUM',
      periodKey: 'FQ2025-1',
      disaggregation: cell ? 'AUDIENCE_TYPE' : null,
      cellKey: cell,
      value,
      n,
    }) as IndicatorResultEntity;

  it('withholds small and unknown-n cells within each breakdown, never totals', () => {
    const out = suppressResults(
      [
        row('total', null, 3, 3),
        row('pupils', 'PUPIL', 40, 40),
        row('teachers', 'TEACHER', 3, 3),
        row('carers', 'CARER', 9, 9),
        row('unknown', 'OTHER', 12, null),
      ],
      5,
    );
    expect(out.get('total')).toEqual({ value: 3, n: 3, suppressed: false });
    expect(out.get('pupils')).toEqual({ value: 40, n: 40, suppressed: false });
    expect(out.get('carers')).toEqual({ value: 9, n: 9, suppressed: false });
    expect(out.get('teachers')).toEqual({ value: null, n: null, suppressed: true });
    expect(out.get('unknown')).toEqual({ value: null, n: null, suppressed: true });
  });

  it('hides a second cell when only one would be hidden', () => {
    const out = suppressResults(
      [row('a', 'PUPIL', 40, 40), row('b', 'TEACHER', 2, 2), row('c', 'CARER', 9, 9)],
      5,
    );
    expect([...out.values()].map((c) => c.suppressed)).toEqual([false, true, true]);
  });
});
