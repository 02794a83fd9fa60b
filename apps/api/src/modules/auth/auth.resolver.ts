import { Args, Context, Field, ID, InputType, Mutation, Query, Resolver } from '@nestjs/graphql';
import type { Nation, OrganisationKind } from '@lantern/domain';
import type { Request, Response } from 'express';
import { Authenticated, Public } from '../../platform/auth/access.decorators';
import type { Actor, RequestMeta } from '../../platform/auth/actor';
import { replaceActor } from '../../platform/auth/actor-resolver';
import {
  clearSessionCookie,
  readCookie,
  SESSION_COOKIE,
  setSessionCookie,
} from '../../platform/auth/cookies';
import { OptionalActor, RequestInfo } from '../../platform/auth/current-actor.decorator';
import { UnauthenticatedError } from '../../platform/graphql/app-errors';
import { NationEnum, OrganisationKindEnum } from '../organisations/organisation.model';
import { AuthService, type SignedIn } from './auth.service';
import { SessionsService } from './sessions.service';
import { ViewerModel } from './viewer.model';
import { ViewerService } from './viewer.service';

@InputType()
export class SignUpInput {
  @Field()
  organisationName: string;

  @Field(() => OrganisationKindEnum, { defaultValue: 'MUSEUM' })
  organisationKind: OrganisationKind;

  @Field(() => NationEnum, { defaultValue: 'ENGLAND' })
  nation: Nation;

  @Field()
  name: string;

  @Field()
  email: string;

  @Field()
  password: string;
}

@InputType()
export class SignInInput {
  @Field()
  email: string;

  @Field()
  password: string;
}

@InputType()
export class SwitchOrganisationInput {
  @Field(() => ID)
  organisationId: string;
}

@InputType()
export class AcceptInvitationInput {
  @Field()
  token: string;

  @Field(() => String, {
    nullable: true,
    description: 'Required when no account exists for the invited email.',
  })
  name?: string | null;

  @Field(() => String, {
    nullable: true,
    description:
      "New password when no account exists; the account's current password when one does.",
  })
  password?: string | null;
}

@InputType()
export class RequestPasswordResetInput {
  @Field()
  email: string;
}

@InputType()
export class ResetPasswordInput {
  @Field()
  token: string;

  @Field()
  password: string;
}

@Resolver(() => ViewerModel)
export class AuthResolver {
  constructor(
    private readonly auth: AuthService,
    private readonly viewers: ViewerService,
    private readonly sessions: SessionsService,
  ) {}

  @Public()
  @Query(() => ViewerModel, { nullable: true, description: 'The signed-in person, or null.' })
  async me(@OptionalActor() actor: Actor | null): Promise<ViewerModel | null> {
    return actor ? this.viewers.viewer(actor) : null;
  }

  @Public()
  @Mutation(() => ViewerModel, {
    description: 'Creates an organisation and its first admin, and signs them in.',
  })
  async signUp(
    @RequestInfo() meta: RequestMeta,
    @Context('req') req: Request,
    @Context('res') res: Response,
    @Args('input', { type: () => SignUpInput }) input: SignUpInput,
  ): Promise<ViewerModel> {
    return this.signedIn(req, res, meta, await this.auth.signUp(meta, input));
  }

  @Public()
  @Mutation(() => ViewerModel)
  async signIn(
    @RequestInfo() meta: RequestMeta,
    @Context('req') req: Request,
    @Context('res') res: Response,
    @Args('input', { type: () => SignInInput }) input: SignInInput,
  ): Promise<ViewerModel> {
    return this.signedIn(req, res, meta, await this.auth.signIn(meta, input));
  }

  @Public()
  @Mutation(() => Boolean, {
    description: 'Ends this browser session. Safe to call when signed out.',
  })
  async signOut(
    @OptionalActor() actor: Actor | null,
    @RequestInfo() meta: RequestMeta,
    @Context('req') req: Request,
    @Context('res') res: Response,
  ): Promise<boolean> {
    await this.auth.signOut(actor, readCookie(req, SESSION_COOKIE));
    clearSessionCookie(res, meta.secure);
    replaceActor(req, null);
    return true;
  }

  @Authenticated()
  @Mutation(() => Boolean, { description: 'Ends every session of this account, on every device.' })
  async signOutEverywhere(
    @OptionalActor() actor: Actor | null,
    @RequestInfo() meta: RequestMeta,
    @Context('req') req: Request,
    @Context('res') res: Response,
  ): Promise<boolean> {
    if (!actor) throw new UnauthenticatedError();
    await this.auth.signOutEverywhere(actor);
    clearSessionCookie(res, meta.secure);
    replaceActor(req, null);
    return true;
  }

  @Authenticated()
  @Mutation(() => ViewerModel)
  async switchOrganisation(
    @OptionalActor() actor: Actor | null,
    @Context('req') req: Request,
    @Args('input', { type: () => SwitchOrganisationInput }) input: SwitchOrganisationInput,
  ): Promise<ViewerModel> {
    if (!actor) throw new UnauthenticatedError();
    const switched = await this.auth.switchOrganisation(actor, input.organisationId);
    replaceActor(req, switched);
    return this.viewers.viewer(switched);
  }

  @Public()
  @Mutation(() => ViewerModel)
  async acceptInvitation(
    @RequestInfo() meta: RequestMeta,
    @Context('req') req: Request,
    @Context('res') res: Response,
    @Args('input', { type: () => AcceptInvitationInput }) input: AcceptInvitationInput,
  ): Promise<ViewerModel> {
    return this.signedIn(req, res, meta, await this.auth.acceptInvitation(meta, input));
  }

  @Public()
  @Mutation(() => Boolean, { description: 'Always true, whether or not the account exists.' })
  async requestPasswordReset(
    @RequestInfo() meta: RequestMeta,
    @Args('input', { type: () => RequestPasswordResetInput }) input: RequestPasswordResetInput,
  ): Promise<boolean> {
    await this.auth.requestPasswordReset(meta, input);
    return true;
  }

  @Public()
  @Mutation(() => Boolean, {
    description: 'Sets a new password from an emailed link and signs the account out everywhere.',
  })
  async resetPassword(
    @RequestInfo() meta: RequestMeta,
    @Args('input', { type: () => ResetPasswordInput }) input: ResetPasswordInput,
  ): Promise<boolean> {
    await this.auth.resetPassword(meta, input);
    return true;
  }

  private signedIn(
    req: Request,
    res: Response,
    meta: RequestMeta,
    signedIn: SignedIn,
  ): Promise<ViewerModel> {
    setSessionCookie(res, signedIn.token, {
      secure: meta.secure,
      maxAgeMs: this.sessions.maxAgeMs,
    });
    replaceActor(req, signedIn.actor);
    return this.viewers.viewer(signedIn.actor);
  }
}
