import { Field, Int, ObjectType } from '@nestjs/graphql';
import { FrameworkElementModel } from '../frameworks/framework.model';
import { LocalDateScalar } from '../../platform/graphql/local-date.scalar';
import { PeriodModel } from '../../platform/graphql/period';

@ObjectType('PrincipleCoverage', {
  description: 'How much work, commitment and evidence one manifesto principle has in a period.',
})
export class PrincipleCoverageModel {
  @Field(() => FrameworkElementModel)
  principle: FrameworkElementModel;

  @Field(() => Int, { description: 'Commitments under it that are active or at risk.' })
  activeCommitments: number;

  @Field(() => Int, {
    description: 'Action log entries in force for its commitments in the 90 days to actionsUntil.',
  })
  actionsLast90Days: number;

  @Field(() => Int, { description: 'Programmes tagged to it that run during the period.' })
  programmesTagged: number;

  @Field(() => Int, { description: 'Delivered sessions tagged to it, dated in the period.' })
  sessionsTagged: number;

  @Field(() => Int, { description: 'Evidence items tagged to it, dated in the period.' })
  evidenceItems: number;

  @Field(() => Int, { description: 'Indicators linked to it with a result in the period.' })
  indicatorsWithResults: number;
}

@ObjectType('ManifestoCoverage')
export class ManifestoCoverageModel {
  @Field(() => PeriodModel)
  period: PeriodModel;

  @Field(() => LocalDateScalar, {
    description:
      'Actions are counted in the 90 days to this date: the period end, or today if earlier.',
  })
  actionsUntil: string;

  @Field(() => LocalDateScalar)
  actionsFrom: string;

  @Field(() => [PrincipleCoverageModel], { description: 'One row per principle, in order.' })
  principles: PrincipleCoverageModel[];
}
