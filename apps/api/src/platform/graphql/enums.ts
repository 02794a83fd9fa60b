import { registerEnumType } from '@nestjs/graphql';

/** A GraphQL enum from one of libs/domain's `as const` lists, registered under `name`. */
export function graphqlEnum<T extends string>(values: readonly T[], name: string): { [K in T]: K } {
  const enumObject = Object.fromEntries(values.map((value) => [value, value])) as { [K in T]: K };
  registerEnumType(enumObject, { name });
  return enumObject;
}
