// Public surface of the members feature, used by routes.
export { MembersPage } from './components/MembersPage';
