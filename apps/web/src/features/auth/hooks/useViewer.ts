import { useQuery } from '@apollo/client';
import type { Permission } from '@lantern/domain';
import { useCallback, useMemo } from 'react';
import type { ViewerFieldsFragment } from '../../../gql/graphql';
import { MeQueryDocument } from '../graphql/auth.operations';

export type Viewer = ViewerFieldsFragment;

/**
 * The signed-in person (null when signed out), their organisations and what their role in the
 * current one allows. `can` reads the permissions the API sent, so the web app hides exactly
 * what the API would refuse.
 */
export function useViewer() {
  const { data, previousData, loading, error, refetch } = useQuery(MeQueryDocument);
  // While the store is reset (sign-in elsewhere, organisation switch) the query refetches; keep
  // showing the last viewer rather than flashing a loading screen over the whole app.
  const viewer: Viewer | null = data ? (data.me ?? null) : (previousData?.me ?? null);
  const settled = data !== undefined || (previousData !== undefined && loading);

  const permissions = useMemo(() => new Set(viewer?.permissions ?? []), [viewer]);
  const can = useCallback((permission: Permission) => permissions.has(permission), [permissions]);

  const retry = useCallback(() => {
    refetch().catch(() => undefined);
  }, [refetch]);

  return {
    viewer,
    /** True until the first answer to `me`. */
    loading: loading && !settled,
    error: settled ? undefined : error,
    can,
    retry,
  };
}

/** The page to land on after signing in or switching organisation. */
export function homePathFor(can: (permission: Permission) => boolean): string {
  return can('members.read') ? '/members' : '/settings';
}
