import { SettingsPage } from '../features/organisation';
import { usePageTitle } from '../lib/page-title';

export function SettingsRoute() {
  usePageTitle('Settings');
  return <SettingsPage />;
}
