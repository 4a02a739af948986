/** The petitions as stored: repositories over the petition schema, in SQL with JdbcClient, and the upkeep of its indexes. */
@org.jspecify.annotations.NullMarked
package vn.danvan.petition.persistence;
