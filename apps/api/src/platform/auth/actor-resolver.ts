import type { Request } from 'express';
import type { Actor } from './actor';

/** Implemented by the auth feature: turns a request's session cookie into an Actor. */
export interface ActorResolver {
  resolve(req: Request): Promise<Actor | null>;
}

export const ACTOR_RESOLVER = Symbol('ACTOR_RESOLVER');

const ACTOR_KEY = Symbol('lantern.actor');
const RESOLVED_KEY = Symbol('lantern.resolvedActor');

type RequestWithActor = Request & {
  [ACTOR_KEY]?: Promise<Actor | null>;
  [RESOLVED_KEY]?: Actor | null;
};

/** Resolves once per request, however many guarded fields ask, and remembers the answer. */
export function actorFor(req: Request, resolver: ActorResolver): Promise<Actor | null> {
  const holder = req as RequestWithActor;
  holder[ACTOR_KEY] ??= resolver.resolve(req).then((actor) => {
    holder[RESOLVED_KEY] = actor;
    return actor;
  });
  return holder[ACTOR_KEY];
}

/** The actor the guard resolved for this request (null when signed out). */
export function resolvedActor(req: Request): Actor | null {
  return (req as RequestWithActor)[RESOLVED_KEY] ?? null;
}

/** After sign-in, sign-out or a switch, the request's actor changes. */
export function replaceActor(req: Request, actor: Actor | null): void {
  const holder = req as RequestWithActor;
  holder[RESOLVED_KEY] = actor;
  holder[ACTOR_KEY] = Promise.resolve(actor);
}
