import { OrganisationEntity } from '../../modules/organisations/organisation.entity';
import { WorkerCheckEntity } from '../../modules/worker-checks/worker-check.entity';

/** Every entity, listed explicitly (no globs: the same list works from source and from dist). */
export const ENTITIES = [OrganisationEntity, WorkerCheckEntity];
