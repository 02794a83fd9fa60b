import { Foundation1764000000000 } from './1764000000000-foundation';
import { People1764100000000 } from './1764100000000-people';
import { Frameworks1764200000000 } from './1764200000000-frameworks';
import { Programmes1764300000000 } from './1764300000000-programmes';
import { ActivityLog1764400000000 } from './1764400000000-activity-log';
import { Impact1764500000000 } from './1764500000000-impact';
import { ProofOfAction1764700000000 } from './1764700000000-proof-of-action';
import { ParticipantVoice1764600000000 } from './1764600000000-participant-voice';

/** Every migration in order. `npm run migration:create` appends here. */
export const MIGRATIONS = [
  Foundation1764000000000,
  People1764100000000,
  Frameworks1764200000000,
  Programmes1764300000000,
  ActivityLog1764400000000,
  Impact1764500000000,
  ProofOfAction1764700000000,
  ParticipantVoice1764600000000,
];
