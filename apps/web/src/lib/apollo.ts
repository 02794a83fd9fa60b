import {
  ApolloClient,
  ApolloLink,
  HttpLink,
  InMemoryCache,
  type FieldPolicy,
  type Reference,
  type TypePolicies,
} from '@apollo/client';
import { onError } from '@apollo/client/link/error';
import type { GraphQLFormattedError } from 'graphql';

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
      // Each filter is its own list; "Load more" appends within it.
      auditEvents: connectionFieldPolicy(['filter']),
      sessions: connectionFieldPolicy(['filter']),
    },
  },
  // There is one system status: store it as a singleton so refetches update it in place.
  SystemStatus: { keyFields: [] },
};

export function createCache() {
  return new InMemoryCache({ typePolicies });
}

/**
 * Operations that are meant to work signed out (or that end a session): an UNAUTHENTICATED
 * answer to these is the form's business (e.g. a wrong password), never a reason to redirect.
 */
export const PUBLIC_OPERATIONS: ReadonlySet<string> = new Set([
  'Me',
  'SignIn',
  'SignUp',
  'SignOut',
  'RequestPasswordReset',
  'ResetPassword',
  'InvitationPreview',
  'AcceptInvitation',
  'DevMailboxEnabled',
  'DevMailbox',
]);

function hasUnauthenticated(errors: readonly GraphQLFormattedError[] | undefined): boolean {
  return (errors ?? []).some((error) => error.extensions?.['code'] === 'UNAUTHENTICATED');
}

/** Errors a server sent with a non-2xx status: HttpLink keeps the parsed body on `result`. */
function errorsInNetworkError(networkError: unknown): readonly GraphQLFormattedError[] {
  if (typeof networkError !== 'object' || networkError === null || !('result' in networkError)) {
    return [];
  }
  const result = (networkError as { result: unknown }).result;
  if (typeof result === 'object' && result !== null && 'errors' in result) {
    const errors = (result as { errors: unknown }).errors;
    return Array.isArray(errors) ? (errors as GraphQLFormattedError[]) : [];
  }
  return [];
}

/**
 * Calls `onUnauthenticated` when a signed-in operation answers UNAUTHENTICATED (the session
 * expired or was ended elsewhere). The error still reaches the component.
 */
export function createSessionLink(onUnauthenticated: (operationName: string) => void) {
  return onError(({ graphQLErrors, networkError, operation }) => {
    if (PUBLIC_OPERATIONS.has(operation.operationName)) {
      return;
    }
    if (
      hasUnauthenticated(graphQLErrors) ||
      hasUnauthenticated(errorsInNetworkError(networkError))
    ) {
      onUnauthenticated(operation.operationName);
    }
  });
}

export interface CreateApolloClientOptions {
  /** Called when the session has ended; the app sends the person to the sign-in page. */
  onUnauthenticated?: (operationName: string) => void;
}

export function createApolloClient({ onUnauthenticated }: CreateApolloClientOptions = {}) {
  const httpLink = new HttpLink({
    uri: '/graphql',
    credentials: 'same-origin',
    // The API has Apollo's CSRF prevention on: this header forces a CORS preflight for
    // cross-site requests, so simple-request CSRF cannot reach the endpoint.
    headers: { 'apollo-require-preflight': 'true' },
  });
  const link = onUnauthenticated
    ? ApolloLink.from([createSessionLink(onUnauthenticated), httpLink])
    : httpLink;
  return new ApolloClient({
    link,
    cache: createCache(),
    devtools: { enabled: import.meta.env.DEV },
  });
}
