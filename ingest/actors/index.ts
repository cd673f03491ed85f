// Public API of the actor registry.
export {
  loadActorRegistry,
  curatedActorsFile,
  readActorFile,
  parseActorFile,
  ActorFileError,
  type LoadActorRegistryOptions,
} from './load-actor-registry.ts';
export { ActorRegistry, HEAD_ROLES, type RegistryMatch, type MatchVia } from './registry.ts';
export { tokenize, type Token } from './tokens.ts';
export { slugify, foldText } from './slug.ts';
