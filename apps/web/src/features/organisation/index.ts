// Public surface of the organisation feature (settings and sites), used by routes.
export { SettingsPage } from './components/SettingsPage';
