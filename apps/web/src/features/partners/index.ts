// Public surface of the partners feature, used by routes.
export { PartnersPage } from './components/PartnersPage';
