import { Module } from '@nestjs/common';
import { UsersLoaders } from './users.loaders';
import { UsersRepository } from './users.repository';

@Module({ providers: [UsersRepository, UsersLoaders], exports: [UsersRepository, UsersLoaders] })
export class UsersModule {}
