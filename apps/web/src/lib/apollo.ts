import {
  ApolloClient,
  HttpLink,
  InMemoryCache,
  type FieldPolicy,
  type Reference,
  type TypePolicies,
} from '@apollo/client';

interface StoredEdge {
  node: Reference;
}

interface StoredConnection {
  edges: StoredEdge[];
  pageInfo: { endCursor?: string | null; hasNextPage: boolean };
  totalCount?: number;
}

/**
 * Field policy for a cursor connection (`edges { node }`, `pageInfo`) read with `first`/`after`.
 *
 * - A page fetched with `after` (Load more) is appended, skipping nodes already shown.
 * - A first page (initial load, poll, refetch) refreshes the head of the list and keeps any
 *   later pages already loaded, so polling does not throw away what "Load more" fetched.
 *
 * `keyArgs` lists the arguments that make a different list (filters); paging arguments never do.
 */
export function connectionFieldPolicy(
  keyArgs: FieldPolicy['keyArgs'] = false,
): FieldPolicy<StoredConnection> {
  return {
    keyArgs,
    merge(existing, incoming, { args, readField }) {
      if (!existing) {
        return incoming;
      }
      const idOf = (edge: StoredEdge) => readField<string>('id', edge.node);
      if (args?.['after']) {
        const shown = new Set(existing.edges.map(idOf));
        return {
          ...incoming,
          edges: [...existing.edges, ...incoming.edges.filter((edge) => !shown.has(idOf(edge)))],
        };
      }
      const fresh = new Set(incoming.edges.map(idOf));
      const laterPages = existing.edges.filter((edge) => !fresh.has(idOf(edge)));
      return {
        ...incoming,
        edges: [...incoming.edges, ...laterPages],
        // The list now ends where the existing one ended, so its cursor still applies.
        pageInfo: laterPages.length > 0 ? existing.pageInfo : incoming.pageInfo,
      };
    },
  };
}

export const typePolicies: TypePolicies = {
  Query: {
    fields: {
      workerChecks: connectionFieldPolicy(),
    },
  },
  // There is one system status: store it as a singleton so refetches update it in place.
  SystemStatus: { keyFields: [] },
};

export function createCache() {
  return new InMemoryCache({ typePolicies });
}

export function createApolloClient() {
  const link = new HttpLink({
    uri: '/graphql',
    credentials: 'same-origin',
    // The API has Apollo's CSRF prevention on: this header forces a CORS preflight for
    // cross-site requests, so simple-request CSRF cannot reach the endpoint.
    headers: { 'apollo-require-preflight': 'true' },
  });
  return new ApolloClient({
    link,
    cache: createCache(),
    devtools: { enabled: import.meta.env.DEV },
  });
}
