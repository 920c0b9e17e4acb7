package org.ehcpqa.security;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.security.authentication.AuthenticationFailureReason;
import io.micronaut.security.authentication.AuthenticationRequest;
import io.micronaut.security.authentication.AuthenticationResponse;
import io.micronaut.security.authentication.provider.HttpRequestExecutorAuthenticationProvider;
import jakarta.inject.Singleton;

import java.util.Map;

/** Checks usernames and passwords (HTTP Basic and POST /api/login) against the user table. */
@Singleton
class UserAuthenticationProvider<B> implements HttpRequestExecutorAuthenticationProvider<B> {

    private final UserAccounts accounts;

    UserAuthenticationProvider(UserAccounts accounts) {
        this.accounts = accounts;
    }

    @Override
    public AuthenticationResponse authenticate(@Nullable HttpRequest<B> request,
                                               AuthenticationRequest<String, String> authRequest) {
        return accounts.authenticate(authRequest.getIdentity(), authRequest.getSecret())
                .map(account -> AuthenticationResponse.success(account.username(),
                        account.roles().stream().map(Role::name).toList(),
                        Map.of("name", account.displayName())))
                .orElseGet(() -> AuthenticationResponse.failure(AuthenticationFailureReason.CREDENTIALS_DO_NOT_MATCH));
    }
}
