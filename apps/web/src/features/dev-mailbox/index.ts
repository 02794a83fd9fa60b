// Public surface of the dev-mailbox feature, used by routes and the layouts.
export { DevMailboxSection } from './components/DevMailboxSection';
export { useDevMailboxEnabled } from './hooks/useDevMailboxEnabled';
