/**
 * The relation endpoints of the spec (R1-R21) on biliflux core: {@link io.github.biliflux.relation.RelationClient}
 * streams followers, followings, whispers, the blacklist and group members page by page as
 * {@link io.github.biliflux.core.PagedFlux}es (ending cleanly at the service's caps, never emitting a
 * user twice; choose a page size with {@link io.github.biliflux.core.PagedFlux#pageSize(int)}), follows,
 * blocks and groups users with mutations that are never re-sent, and maps every documented refusal to
 * a {@link io.github.biliflux.relation.RelationException} whose
 * {@link io.github.biliflux.relation.RelationException#reason() reason} names the code (the routes
 * table, {@code RelationRoutes}, declares which route sends which).
 */
package io.github.biliflux.relation;
