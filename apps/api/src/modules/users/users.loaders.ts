import { Injectable } from '@nestjs/common';
import type { Request } from 'express';
import { byKeys, requestLoader } from '../../platform/graphql/request-loaders';
import type { UserEntity } from './user.entity';
import { UsersRepository } from './users.repository';

@Injectable()
export class UsersLoaders {
  constructor(private readonly users: UsersRepository) {}

  /** Users by id, batched per request. Only pass ids read from the caller's own museum's rows. */
  byId(req: Request) {
    return requestLoader<string, UserEntity | null>(req, 'usersById', async (ids) =>
      byKeys(ids, await this.users.findByIds(ids), (user) => user.id),
    );
  }
}
