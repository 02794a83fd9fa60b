import { ApolloLink, Observable, execute } from '@apollo/client';
import { GraphQLError, parse } from 'graphql';
import { createMemoryRouter } from 'react-router';
import { describe, expect, it, vi } from 'vitest';
import { createSessionLink } from '../lib/apollo';
import { createSessionEndedHandler } from './session-ended';

function routerAt(path: string) {
  return createMemoryRouter([{ path: '*', element: null }], { initialEntries: [path] });
}

describe('createSessionEndedHandler', () => {
  it('goes to sign-in with the current page as next, once, then clears the store', async () => {
    const router = routerAt('/audit?action=site.created');
    const clearStore = vi.fn(async () => undefined);
    const handle = createSessionEndedHandler(() => router, clearStore);

    handle();
    handle(); // a second failing query on the same page
    await vi.waitFor(() => expect(clearStore).toHaveBeenCalledTimes(1));

    expect(router.state.location.pathname).toBe('/sign-in');
    expect(new URLSearchParams(router.state.location.search).get('next')).toBe(
      '/audit?action=site.created',
    );
  });

  it('does nothing on a signed-out page (no loop)', async () => {
    const router = routerAt('/sign-in?next=%2Fmembers');
    const clearStore = vi.fn(async () => undefined);
    createSessionEndedHandler(() => router, clearStore)();

    await Promise.resolve();
    expect(`${router.state.location.pathname}${router.state.location.search}`).toBe(
      '/sign-in?next=%2Fmembers',
    );
    expect(clearStore).not.toHaveBeenCalled();
  });
});

describe('createSessionLink', () => {
  function run(operation: string, code: string) {
    const onUnauthenticated = vi.fn();
    const terminating = new ApolloLink(
      () =>
        new Observable((observer) => {
          observer.next({ errors: [new GraphQLError('No', { extensions: { code } })] });
          observer.complete();
        }),
    );
    const link = ApolloLink.from([createSessionLink(onUnauthenticated), terminating]);
    return new Promise<typeof onUnauthenticated>((resolve) => {
      execute(link, { query: parse(`query ${operation} { __typename }`) }).subscribe({
        complete: () => resolve(onUnauthenticated),
        error: () => resolve(onUnauthenticated),
      });
    });
  }

  it('reports UNAUTHENTICATED from a signed-in operation', async () => {
    expect(await run('Members', 'UNAUTHENTICATED')).toHaveBeenCalledWith('Members');
  });

  it('leaves the sign-in form to explain a wrong password', async () => {
    expect(await run('SignIn', 'UNAUTHENTICATED')).not.toHaveBeenCalled();
  });

  it('ignores other errors', async () => {
    expect(await run('Members', 'FORBIDDEN')).not.toHaveBeenCalled();
  });
});
