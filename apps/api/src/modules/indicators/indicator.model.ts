import {
  CUMULATIVE_CLASSES,
  DISAGGREGATIONS,
  INDICATOR_DIRECTIONS,
  INDICATOR_SOURCES,
  INDICATOR_TYPES,
  RAG_STATUSES,
  RESULT_STATUSES,
  SCOPE_KINDS,
  SURVEY_STATISTICS,
  type CumulativeClass,
  type Disaggregation,
  type IndicatorDirection,
  type IndicatorSource,
  type IndicatorType,
  type RagStatus,
  type ResultStatus,
  type ScopeKind,
  type SurveyStatistic,
} from '@lantern/domain';
import { Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';
import { graphqlEnum } from '../../platform/graphql/enums';
import { PeriodModel } from '../../platform/graphql/period';
import type { IndicatorEntity, PeriodLockEntity } from './indicator.entity';

export const IndicatorTypeEnum = graphqlEnum(INDICATOR_TYPES, 'IndicatorType');
export const IndicatorSourceEnum = graphqlEnum(INDICATOR_SOURCES, 'IndicatorSource');
export const IndicatorDirectionEnum = graphqlEnum(INDICATOR_DIRECTIONS, 'IndicatorDirection');
export const CumulativeClassEnum = graphqlEnum(CUMULATIVE_CLASSES, 'CumulativeClass');
export const DisaggregationEnum = graphqlEnum(DISAGGREGATIONS, 'Disaggregation');
export const ScopeKindEnum = graphqlEnum(SCOPE_KINDS, 'ScopeKind');
export const ResultStatusEnum = graphqlEnum(RESULT_STATUSES, 'ResultStatus');
export const RagStatusEnum = graphqlEnum(RAG_STATUSES, 'RagStatus');
export const SurveyStatisticEnum = graphqlEnum(SURVEY_STATISTICS, 'SurveyStatistic');

@ObjectType('Indicator', {
  description:
    'Something the museum measures: built in (from sessions), manual, survey or milestone.',
})
export class IndicatorModel {
  @Field(() => ID)
  id: string;

  @Field({
    description: 'Unique in the museum; built-ins have fixed codes, e.g. SESSIONS_DELIVERED.',
  })
  code: string;

  @Field()
  name: string;

  @Field({ description: 'What is counted and how, for a head of learning.' })
  definition: string;

  @Field(() => IndicatorTypeEnum)
  type: IndicatorType;

  @Field(() => IndicatorSourceEnum)
  source: IndicatorSource;

  @Field({ description: 'e.g. "sessions", "attendances", "%", "hours".' })
  unit: string;

  @Field(() => IndicatorDirectionEnum)
  direction: IndicatorDirection;

  @Field(() => CumulativeClassEnum)
  cumulativeClass: CumulativeClass;

  @Field(() => [DisaggregationEnum])
  allowedDisaggregations: Disaggregation[];

  @Field(() => SurveyStatisticEnum, { nullable: true })
  surveyStatistic: SurveyStatistic | null;

  @Field(() => String, { nullable: true })
  surveyItemCode: string | null;

  @Field(() => ID, { nullable: true })
  surveyId: string | null;

  @Field()
  archived: boolean;

  @Field({
    description:
      'False for built-ins: their computed definition is fixed (owner, framework elements and allowed disaggregations can change).',
  })
  editable: boolean;

  ownerUserId: string | null;
  benchmark: number | null;

  static fromEntity(entity: IndicatorEntity): IndicatorModel {
    return Object.assign(new IndicatorModel(), {
      id: entity.id,
      code: entity.code,
      name: entity.name,
      definition: entity.definition,
      type: entity.type,
      source: entity.source,
      unit: entity.unit,
      direction: entity.direction,
      cumulativeClass: entity.cumulativeClass,
      allowedDisaggregations: entity.allowedDisaggregations,
      surveyStatistic: entity.surveyStatistic,
      surveyItemCode: entity.surveyItemCode,
      surveyId: entity.surveyId,
      archived: entity.archivedAt !== null,
      editable: entity.source !== 'BUILT_IN',
      ownerUserId: entity.ownerUserId,
      benchmark: entity.benchmark,
    });
  }
}

@ObjectType('Scope', {
  description: 'Where a figure is for: the whole museum, a site or a programme.',
})
export class ScopeModel {
  @Field(() => ScopeKindEnum)
  kind: ScopeKind;

  @Field(() => ID, { nullable: true })
  id: string | null;

  @Field({ description: 'The museum, site or programme name.' })
  label: string;
}

@ObjectType('IndicatorCell', {
  description: 'One cell of a breakdown; small cells are withheld (suppressed) by the API.',
})
export class IndicatorCellModel {
  @Field({
    description: 'Enum code, decile "1".."10" or "UNKNOWN", "true"/"false" for FIRST_TIME/SEND.',
  })
  key: string;

  @Field()
  label: string;

  @Field(() => Float, { nullable: true, description: 'Null when suppressed or no data.' })
  value: number | null;

  @Field(() => Int, { nullable: true, description: 'Null when suppressed.' })
  n: number | null;

  @Field()
  suppressed: boolean;
}

@ObjectType('Target')
export class TargetModel {
  @Field(() => ID)
  id: string;

  indicatorId: string;

  @Field(() => ScopeModel)
  scope: ScopeModel;

  @Field(() => PeriodModel)
  period: PeriodModel;

  @Field(() => Float)
  targetValue: number;

  @Field(() => Float, { nullable: true })
  baselineValue: number | null;

  @Field(() => String, { nullable: true, description: 'e.g. "2024/25 actual".' })
  baselineLabel: string | null;

  @Field(() => Float, {
    description:
      'Direction-aware: INCREASE green when actual >= greenThreshold; DECREASE when actual <= greenThreshold; MAINTAIN when |actual - target| <= |green - target|.',
  })
  greenThreshold: number;

  @Field(() => Float)
  amberThreshold: number;

  @Field(() => String, { nullable: true })
  note: string | null;

  @Field()
  updatedAt: Date;
}

@ObjectType('IndicatorValue', {
  description: 'An indicator for a period and scope, against its target.',
})
export class IndicatorValueModel {
  @Field(() => IndicatorModel)
  indicator: IndicatorModel;

  @Field(() => PeriodModel)
  period: PeriodModel;

  @Field(() => ScopeModel)
  scope: ScopeModel;

  @Field(() => Float, {
    nullable: true,
    description:
      'The total; null when not computable yet (e.g. a manual indicator with no result).',
  })
  value: number | null;

  @Field(() => Int, {
    nullable: true,
    description: 'The base the value is computed over (attendances, sessions, responses, pairs).',
  })
  n: number | null;

  @Field(() => Float, { nullable: true })
  ciLow: number | null;

  @Field(() => Float, { nullable: true })
  ciHigh: number | null;

  @Field(() => Float, {
    nullable: true,
    description: 'e.g. 30 (national share %) for the deprivation share.',
  })
  benchmark: number | null;

  @Field(() => DisaggregationEnum, { nullable: true })
  disaggregation: Disaggregation | null;

  @Field(() => [IndicatorCellModel], {
    description: 'Empty without a disaggregation or when the indicator does not allow it.',
  })
  cells: IndicatorCellModel[];

  @Field(() => TargetModel, { nullable: true })
  target: TargetModel | null;

  @Field(() => RagStatusEnum, { nullable: true })
  rag: RagStatus | null;

  @Field(() => String, { nullable: true, description: 'Why there is no value.' })
  note: string | null;
}

@ObjectType('IndicatorResult', { description: 'A recorded value for a period, scope and cell.' })
export class IndicatorResultModel {
  @Field(() => ID)
  id: string;

  indicatorId: string;
  enteredByUserId: string | null;
  approvedByUserId: string | null;

  @Field(() => ScopeModel)
  scope: ScopeModel;

  @Field(() => PeriodModel)
  period: PeriodModel;

  @Field(() => DisaggregationEnum, { nullable: true, description: 'Null for the total.' })
  disaggregation: Disaggregation | null;

  @Field(() => String, { nullable: true, description: 'Null for the total.' })
  cellKey: string | null;

  @Field(() => String, { nullable: true })
  cellLabel: string | null;

  @Field(() => Float, { nullable: true, description: 'Null when suppressed.' })
  value: number | null;

  @Field(() => Int, { nullable: true, description: 'Null when suppressed.' })
  n: number | null;

  @Field()
  suppressed: boolean;

  @Field(() => ResultStatusEnum)
  status: ResultStatus;

  @Field(() => String, { nullable: true })
  commentary: string | null;

  @Field(() => Date, { nullable: true })
  approvedAt: Date | null;

  @Field()
  updatedAt: Date;
}

@ObjectType('PeriodLock', {
  description: 'A locked period: its sessions, attendance and results cannot change.',
})
export class PeriodLockModel {
  @Field(() => ID)
  id: string;

  @Field(() => PeriodModel)
  period: PeriodModel;

  @Field(() => String, { nullable: true })
  reason: string | null;

  lockedByUserId: string | null;

  @Field()
  lockedAt: Date;

  static fromEntity(entity: PeriodLockEntity): PeriodLockModel {
    return Object.assign(new PeriodLockModel(), {
      id: entity.id,
      period: PeriodModel.from({
        type: entity.periodType as PeriodModel['type'],
        key: entity.periodKey,
        label: entity.periodLabel,
        start: entity.periodStart,
        end: entity.periodEnd,
      }),
      reason: entity.reason,
      lockedByUserId: entity.lockedByUserId,
      lockedAt: entity.lockedAt,
    });
  }
}
