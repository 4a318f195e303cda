/**
 * The relation endpoints of the spec (R1-R21) on biliflux core: {@link io.github.biliflux.relation.RelationClient}
 * streams followers, followings, whispers, the blacklist and group members page by page as
 * {@link io.github.biliflux.core.PagedFlux}es (ending cleanly at the service's caps, never emitting a
 * user twice), follows, blocks and groups users with mutations that are never re-sent, and maps
 * every documented refusal to a typed {@link io.github.biliflux.relation.RelationException}.
 */
package io.github.biliflux.relation;
