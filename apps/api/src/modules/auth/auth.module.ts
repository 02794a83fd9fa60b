import { Module } from '@nestjs/common';
import { ACTOR_RESOLVER } from '../../platform/auth/actor-resolver';
import { PasswordHasher } from '../../platform/auth/password-hasher';
import { RateLimiter } from '../../platform/auth/rate-limiter.service';
import { AuditModule } from '../audit/audit.module';
import { MembersModule } from '../members/members.module';
import { OrganisationsModule } from '../organisations/organisations.module';
import { UsersModule } from '../users/users.module';
import { AuthResolver } from './auth.resolver';
import { AuthService } from './auth.service';
import { SessionActorResolver } from './session-actor.resolver';
import { SessionsService } from './sessions.service';
import { ViewerService } from './viewer.service';

/** Sessions and the actor behind every request; sign-up, sign-in, invitations accepted, resets. */
@Module({
  imports: [UsersModule, MembersModule, OrganisationsModule, AuditModule],
  providers: [
    SessionsService,
    SessionActorResolver,
    { provide: ACTOR_RESOLVER, useExisting: SessionActorResolver },
    AuthService,
    ViewerService,
    AuthResolver,
    PasswordHasher,
    RateLimiter,
  ],
  exports: [ACTOR_RESOLVER, PasswordHasher],
})
export class AuthModule {}
