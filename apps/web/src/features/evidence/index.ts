// The evidence library: quotes, stories, photos, artwork, notes and documents with consent.
export { EvidencePage } from './components/EvidencePage';
