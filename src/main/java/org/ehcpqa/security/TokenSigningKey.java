package org.ehcpqa.security;

import com.nimbusds.jose.JWSAlgorithm;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Value;
import io.micronaut.security.token.jwt.signature.secret.SecretSignature;
import io.micronaut.security.token.jwt.signature.secret.SecretSignatureConfiguration;
import jakarta.inject.Named;
import jakarta.inject.Singleton;
import org.ehcpqa.system.DataDirectory;

/**
 * The key that signs bearer tokens: EHCPQA_JWT_SECRET when set, otherwise a random key generated
 * at first start and kept in the data directory, so tokens survive a restart and no default key
 * ships with the code.
 */
@Factory
class TokenSigningKey {

    @Singleton
    @Named("generator")
    SecretSignature signature(@Value("${ehcpqa.jwt-secret:}") String configured, DataDirectory dataDirectory) {
        SecretSignatureConfiguration config = new SecretSignatureConfiguration("generator");
        config.setJwsAlgorithm(JWSAlgorithm.HS256);
        config.setSecret(configured.isBlank()
                ? StoredSecret.readOrCreate(dataDirectory.resolve("secrets"), "jwt-signing.key") : configured);
        return new SecretSignature(config);
    }
}
