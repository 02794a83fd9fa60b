// Public surface of the deprivation lookups feature, used by routes.
export { LookupsPage } from './components/LookupsPage';
