import { Field, ID, ObjectType } from '@nestjs/graphql';
import type { UserEntity } from './user.entity';

@ObjectType('User')
export class UserModel {
  @Field(() => ID)
  id: string;

  @Field()
  name: string;

  @Field()
  email: string;

  static fromEntity(entity: Pick<UserEntity, 'id' | 'name' | 'email'>): UserModel {
    return Object.assign(new UserModel(), {
      id: entity.id,
      name: entity.name,
      email: entity.email,
    });
  }
}
