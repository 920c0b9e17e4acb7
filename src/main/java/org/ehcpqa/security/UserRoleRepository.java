package org.ehcpqa.security;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

import java.util.List;

/** The roles granted to users; rows of user_role, kept apart from the user entity on purpose. */
@JdbcRepository(dialect = Dialect.MYSQL)
interface UserRoleRepository extends GenericRepository<UserRow, Long> {

    @Query("SELECT role FROM user_role WHERE user_id = :userId ORDER BY role")
    List<String> findRolesByUserId(Long userId);

    @Query("INSERT INTO user_role (user_id, role) VALUES (:userId, :role)")
    void grant(Long userId, String role);

    @Query("DELETE FROM user_role WHERE user_id = :userId")
    void revokeAll(Long userId);
}
