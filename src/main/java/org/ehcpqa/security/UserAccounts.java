package org.ehcpqa.security;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.ehcpqa.web.ProblemException;

import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Creating users and checking their passwords. */
@Singleton
public class UserAccounts {

    private final UserRepository users;
    private final UserRoleRepository roles;
    private final PasswordHasher hasher;

    UserAccounts(UserRepository users, UserRoleRepository roles, PasswordHasher hasher) {
        this.users = users;
        this.roles = roles;
        this.hasher = hasher;
    }

    @Transactional
    public UserAccount create(NewUser request) {
        if (users.findByUsername(request.username()).isPresent()) {
            throw ProblemException.conflict("username-taken",
                    "A user called " + request.username() + " already exists.");
        }
        UserRow row = users.save(new UserRow(null, request.username(), hasher.hash(request.password()),
                request.displayName(), true));
        for (Role role : request.roles()) {
            roles.grant(row.id(), role.name());
        }
        return toAccount(row);
    }

    @Transactional
    public long count() {
        return users.count();
    }

    @Transactional
    public List<UserAccount> all() {
        return users.findAllOrderByUsername().stream().map(this::toAccount).toList();
    }

    @Transactional
    public Optional<UserAccount> find(long userId) {
        return users.findById(userId).map(this::toAccount);
    }

    /** Replaces a user's roles; a user keeps at least one, or could do nothing at all. */
    @Transactional
    public UserAccount changeRoles(long userId, Set<Role> newRoles) {
        UserRow row = users.findById(userId).orElseThrow(() -> ProblemException.notFound("User " + userId));
        if (newRoles.isEmpty()) {
            throw new ProblemException(400, "no-roles", "No roles", "Choose at least one role.");
        }
        roles.revokeAll(row.id());
        for (Role role : newRoles) {
            roles.grant(row.id(), role.name());
        }
        return toAccount(row);
    }

    /** The account when the password is right and the user is enabled; empty otherwise. */
    @Transactional
    public Optional<UserAccount> authenticate(String username, String password) {
        return users.findByUsername(username)
                .filter(UserRow::enabled)
                .filter(row -> hasher.matches(password, row.passwordHash()))
                .map(this::toAccount);
    }

    private UserAccount toAccount(UserRow row) {
        Set<Role> granted = EnumSet.noneOf(Role.class);
        for (String role : roles.findRolesByUserId(row.id())) {
            granted.add(Role.valueOf(role));
        }
        return new UserAccount(row.id(), row.username(), row.displayName(), row.enabled(), granted);
    }
}
