import type {
  CumulativeClass,
  Disaggregation,
  IndicatorDirection,
  IndicatorSource,
  IndicatorType,
  ScopeKind,
  SurveyStatistic,
} from '@lantern/domain';
import { Field, Float, ID, InputType, Int } from '@nestjs/graphql';
import { PeriodInput } from '../../../platform/graphql/period';
import {
  CumulativeClassEnum,
  DisaggregationEnum,
  IndicatorDirectionEnum,
  IndicatorSourceEnum,
  IndicatorTypeEnum,
  ScopeKindEnum,
  SurveyStatisticEnum,
} from '../indicator.model';

@InputType('IndicatorFilterInput')
export class IndicatorFilterInput {
  @Field(() => IndicatorSourceEnum, { nullable: true })
  source?: IndicatorSource | null;

  @Field(() => String, { nullable: true, description: 'Part of the code or name.' })
  search?: string | null;

  @Field(() => Boolean, { nullable: true })
  includeArchived?: boolean | null;
}

@InputType('ScopeInput')
export class ScopeInput {
  @Field(() => ScopeKindEnum)
  kind: ScopeKind;

  @Field(() => ID, { nullable: true, description: 'Required for SITE and PROGRAMME.' })
  id?: string | null;
}

@InputType('CreateIndicatorInput')
export class CreateIndicatorInput {
  @Field()
  code: string;

  @Field()
  name: string;

  @Field()
  definition: string;

  @Field(() => IndicatorTypeEnum)
  type: IndicatorType;

  @Field(() => IndicatorSourceEnum, {
    description: 'MANUAL, SURVEY or MILESTONE (BUILT_IN refused).',
  })
  source: IndicatorSource;

  @Field()
  unit: string;

  @Field(() => IndicatorDirectionEnum)
  direction: IndicatorDirection;

  @Field(() => CumulativeClassEnum)
  cumulativeClass: CumulativeClass;

  @Field(() => [DisaggregationEnum])
  allowedDisaggregations: Disaggregation[];

  @Field(() => [ID])
  frameworkElementIds: string[];

  @Field(() => ID, { nullable: true })
  ownerId?: string | null;

  @Field(() => SurveyStatisticEnum, { nullable: true })
  surveyStatistic?: SurveyStatistic | null;

  @Field(() => String, { nullable: true })
  surveyItemCode?: string | null;

  @Field(() => ID, { nullable: true })
  surveyId?: string | null;
}

@InputType('UpdateIndicatorInput', {
  description:
    'A full replace; for built-ins only ownerId, frameworkElementIds and allowedDisaggregations may differ.',
})
export class UpdateIndicatorInput extends CreateIndicatorInput {
  @Field(() => ID)
  id: string;
}

@InputType('IndicatorIdInput')
export class IndicatorIdInput {
  @Field(() => ID)
  id: string;
}

@InputType('SetTargetInput')
export class SetTargetInput {
  @Field(() => ID)
  indicatorId: string;

  @Field(() => ScopeInput)
  scope: ScopeInput;

  @Field(() => PeriodInput)
  period: PeriodInput;

  @Field(() => Float)
  targetValue: number;

  @Field(() => Float, { nullable: true })
  baselineValue?: number | null;

  @Field(() => String, { nullable: true })
  baselineLabel?: string | null;

  @Field(() => Float)
  greenThreshold: number;

  @Field(() => Float)
  amberThreshold: number;

  @Field(() => String, { nullable: true })
  note?: string | null;
}

@InputType('TargetIdInput')
export class TargetIdInput {
  @Field(() => ID)
  id: string;
}

@InputType('SaveResultInput')
export class SaveResultInput {
  @Field(() => ID)
  indicatorId: string;

  @Field(() => ScopeInput)
  scope: ScopeInput;

  @Field(() => PeriodInput)
  period: PeriodInput;

  @Field(() => DisaggregationEnum, {
    nullable: true,
    description: 'Null (with cellKey) for the total.',
  })
  disaggregation?: Disaggregation | null;

  @Field(() => String, { nullable: true })
  cellKey?: string | null;

  @Field(() => Float)
  value: number;

  @Field(() => Int, { nullable: true })
  n?: number | null;

  @Field(() => String, { nullable: true })
  commentary?: string | null;
}

@InputType('RecordComputedResultsInput', {
  description:
    'Snapshots every built-in indicator (total and each allowed breakdown) as DRAFT results.',
})
export class RecordComputedResultsInput {
  @Field(() => PeriodInput)
  period: PeriodInput;

  @Field(() => ScopeInput, { nullable: true })
  scope?: ScopeInput | null;
}

@InputType('ResultIdsInput')
export class ResultIdsInput {
  @Field(() => [ID])
  ids: string[];
}

@InputType('ResultIdInput')
export class ResultIdInput {
  @Field(() => ID)
  id: string;
}

@InputType('LockPeriodInput')
export class LockPeriodInput {
  @Field(() => PeriodInput)
  period: PeriodInput;

  @Field(() => String, { nullable: true })
  reason?: string | null;
}

@InputType('UnlockPeriodInput')
export class UnlockPeriodInput {
  @Field(() => ID)
  id: string;

  @Field()
  reason: string;
}
