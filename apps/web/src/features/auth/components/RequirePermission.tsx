import type { Permission } from '@lantern/domain';
import type { ReactNode } from 'react';
import { Outlet } from 'react-router';
import { useViewer } from '../hooks/useViewer';
import { PermissionDeniedPage } from './PermissionDenied';

export interface RequirePermissionProps {
  permission: Permission;
  children?: ReactNode;
}

/** Renders the page only when the viewer's role allows it; otherwise a permission-denied page. */
export function RequirePermission({ permission, children }: RequirePermissionProps) {
  const { can } = useViewer();
  if (!can(permission)) {
    return <PermissionDeniedPage />;
  }
  return children ?? <Outlet />;
}
