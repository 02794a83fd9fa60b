import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager, In } from 'typeorm';
import { UserEntity } from './user.entity';

/** Users are platform-level: a person may belong to several museums. */
@Injectable()
export class UsersRepository {
  constructor(private readonly dataSource: DataSource) {}

  private repo(em?: EntityManager) {
    return (em ?? this.dataSource.manager).getRepository(UserEntity);
  }

  findByEmail(email: string, em?: EntityManager): Promise<UserEntity | null> {
    return this.repo(em).findOneBy({ email: email.toLowerCase() });
  }

  findById(id: string, em?: EntityManager): Promise<UserEntity | null> {
    return this.repo(em).findOneBy({ id });
  }

  findByIds(ids: readonly string[], em?: EntityManager): Promise<UserEntity[]> {
    return ids.length ? this.repo(em).findBy({ id: In([...ids]) }) : Promise.resolve([]);
  }

  insert(
    values: Pick<UserEntity, 'email' | 'name' | 'passwordHash'>,
    em: EntityManager,
  ): Promise<UserEntity> {
    return this.repo(em).save(
      this.repo(em).create({ ...values, email: values.email.toLowerCase() }),
    );
  }

  async setPassword(id: string, passwordHash: string, em: EntityManager): Promise<void> {
    await this.repo(em).update({ id }, { passwordHash });
  }

  async touchSignIn(id: string, at: Date, em?: EntityManager): Promise<void> {
    await this.repo(em).update({ id }, { lastSignedInAt: at });
  }
}
