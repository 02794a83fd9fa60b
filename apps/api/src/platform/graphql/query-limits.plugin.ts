import type { ApolloServerPlugin } from '@apollo/server';
import {
  GraphQLError,
  Kind,
  type DocumentNode,
  type FragmentDefinitionNode,
  type GraphQLSchema,
  type SelectionSetNode,
} from 'graphql';
import { fieldExtensionsEstimator, getComplexity, simpleEstimator } from 'graphql-query-complexity';

export interface QueryLimits {
  maxDepth: number;
  maxComplexity: number;
}

/**
 * Refuses operations that are too deep or too costly before any resolver runs. Cost: every
 * field costs 1 unless it declares `complexity`; list fields multiply by their `first`.
 */
export function queryLimitsPlugin(limits: QueryLimits): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ request, document, schema, operation }) {
          if (operation && isIntrospectionOnly(operation.selectionSet)) return;
          const depth = operationDepth(document, request.operationName ?? undefined);
          if (depth > limits.maxDepth) {
            throw limitError(
              `Query is nested ${depth} levels deep; the limit is ${limits.maxDepth}.`,
            );
          }
          let cost: number;
          try {
            cost = operationCost(schema, document, request.operationName, request.variables);
          } catch {
            // Variables that do not coerce: execution refuses them next, as BAD_USER_INPUT,
            // before any resolver runs, so there is no cost to guard.
            return;
          }
          if (cost > limits.maxComplexity) {
            throw limitError(`Query cost ${cost} exceeds the limit of ${limits.maxComplexity}.`);
          }
        },
      };
    },
  };
}

/** Introspection is off in production; in development tools may ask for the whole schema. */
function isIntrospectionOnly(selectionSet: SelectionSetNode): boolean {
  return selectionSet.selections.every(
    (selection) => selection.kind === Kind.FIELD && selection.name.value.startsWith('__'),
  );
}

function limitError(message: string): GraphQLError {
  return new GraphQLError(message, {
    extensions: { code: 'BAD_USER_INPUT', http: { status: 400 } },
  });
}

export function operationCost(
  schema: GraphQLSchema,
  document: DocumentNode,
  operationName: string | null | undefined,
  variables: Record<string, unknown> | undefined,
): number {
  return getComplexity({
    schema,
    query: document,
    operationName: operationName ?? undefined,
    variables: variables ?? {},
    estimators: [fieldExtensionsEstimator(), simpleEstimator({ defaultComplexity: 1 })],
  });
}

/** Depth of the selected operation, following fragments; introspection counts too. */
export function operationDepth(document: DocumentNode, operationName?: string): number {
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const definition of document.definitions) {
    if (definition.kind === Kind.FRAGMENT_DEFINITION)
      fragments.set(definition.name.value, definition);
  }
  const operations = document.definitions.filter((d) => d.kind === Kind.OPERATION_DEFINITION);
  const operation =
    operations.find(
      (op) => op.kind === Kind.OPERATION_DEFINITION && op.name?.value === operationName,
    ) ?? operations[0];
  if (!operation || operation.kind !== Kind.OPERATION_DEFINITION) return 0;

  const measure = (selectionSet: SelectionSetNode, seen: Set<string>): number => {
    let deepest = 0;
    for (const selection of selectionSet.selections) {
      if (selection.kind === Kind.FIELD) {
        const inner = selection.selectionSet ? measure(selection.selectionSet, seen) : 0;
        deepest = Math.max(deepest, 1 + inner);
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        deepest = Math.max(deepest, measure(selection.selectionSet, seen));
      } else {
        const name = selection.name.value;
        const fragment = fragments.get(name);
        if (fragment && !seen.has(name)) {
          deepest = Math.max(deepest, measure(fragment.selectionSet, new Set(seen).add(name)));
        }
      }
    }
    return deepest;
  };
  return measure(operation.selectionSet, new Set());
}
