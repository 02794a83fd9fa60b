import { GraphQLError, GraphQLScalarType, Kind } from 'graphql';

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

function check(value: unknown): string {
  if (typeof value === 'string' && ISO_DATE.test(value)) {
    const date = new Date(`${value}T00:00:00Z`);
    if (!Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value) return value;
  }
  throw new GraphQLError(
    `Date must be a real calendar date as YYYY-MM-DD, got ${JSON.stringify(value)}`,
  );
}

/** A calendar date without a time or zone, as YYYY-MM-DD (the house style's `Date`). */
export const LocalDateScalar = new GraphQLScalarType<string, string>({
  name: 'Date',
  description: 'A calendar date, YYYY-MM-DD, with no time or time zone.',
  serialize: (value) => check(value instanceof Date ? value.toISOString().slice(0, 10) : value),
  parseValue: check,
  parseLiteral: (ast) => {
    if (ast.kind !== Kind.STRING) throw new GraphQLError('Date must be a string YYYY-MM-DD');
    return check(ast.value);
  },
});
