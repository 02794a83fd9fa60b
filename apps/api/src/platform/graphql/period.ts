import { PERIOD_TYPES, periodFromKey, type Period, type PeriodSettings } from '@lantern/domain';
import { Field, InputType, ObjectType } from '@nestjs/graphql';
import { BadUserInputError } from './app-errors';
import { graphqlEnum } from './enums';
import { LocalDateScalar } from './local-date.scalar';

export const PeriodTypeEnum = graphqlEnum([...PERIOD_TYPES, 'CUSTOM'] as const, 'PeriodType');

/** A reporting period as the API returns it (libs/domain periods). */
@ObjectType('Period', { description: 'A reporting period: dates inclusive at both ends.' })
export class PeriodModel {
  @Field(() => PeriodTypeEnum)
  type: Period['type'];

  @Field({
    description:
      'Stable key: FY2025, FQ2025-1, AY2025, AT2025-AUTUMN, CY2025, CM2025-04, or CP<start>_<end> for a custom or grant period.',
  })
  key: string;

  @Field({ description: 'What people call it: "2025/26", "Q1 2025/26", "AY 2025/26".' })
  label: string;

  @Field(() => LocalDateScalar)
  start: string;

  @Field(() => LocalDateScalar)
  end: string;

  static from(period: Period): PeriodModel {
    return Object.assign(new PeriodModel(), period);
  }
}

/** Which period: a key, with a label for custom and grant periods. */
@InputType('PeriodInput')
export class PeriodInput {
  @Field({
    description:
      'A period key (FY2025, FQ2025-1, ...; CP2024-04-01_2027-03-31 for a custom period).',
  })
  key: string;

  @Field(() => String, { nullable: true, description: 'Name of a custom or grant period.' })
  label?: string | null;
}

/**
 * The period an input names under the organisation's year settings; BAD_USER_INPUT naming
 * the field when it names none.
 */
export function resolvePeriod(
  input: { key: string; label?: string | null },
  settings: PeriodSettings,
  path: string[] = ['period', 'key'],
): Period {
  const period = periodFromKey(input.key, settings, input.label ?? undefined);
  if (!period)
    throw BadUserInputError.field(
      path,
      `"${input.key}" is not a period (use FY2025, FQ2025-1, AY2025, AT2025-AUTUMN, CY2025, CM2025-04 or CP<start>_<end>)`,
    );
  return period;
}
