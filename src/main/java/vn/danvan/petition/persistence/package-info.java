/**
 * The petitions as stored: repositories over the petition schema in SQL with JdbcClient, and the upkeep of its
 * indexes. Internal to the module.
 */
@org.jspecify.annotations.NullMarked
package vn.danvan.petition.persistence;
