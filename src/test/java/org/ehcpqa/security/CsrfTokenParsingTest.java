package org.ehcpqa.security;

import io.micronaut.http.MediaType;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

class CsrfTokenParsingTest {

    @Test
    void theTokenIsReadFromAnUrlEncodedForm() {
        byte[] body = "username=a&csrf=abc%2Bdef_-&password=x".getBytes(StandardCharsets.US_ASCII);
        assertThat(CsrfFilter.fromForm(body)).isEqualTo("abc+def_-");
        assertThat(CsrfFilter.fromForm("username=a".getBytes(StandardCharsets.US_ASCII))).isNull();
    }

    @Test
    void theTokenIsReadFromAMultipartFormButNeverFromAFilePart() {
        MediaType type = MediaType.of("multipart/form-data; boundary=XyZ");
        String body = "--XyZ\r\nContent-Disposition: form-data; name=\"file\"; filename=\"csrf.txt\"\r\n\r\n"
                + "name=\"csrf\"\r\n\r\nforged\r\n--XyZ\r\nContent-Disposition: form-data; name=\"csrf\"\r\n\r\n"
                + "real-token\r\n--XyZ--\r\n";
        assertThat(CsrfFilter.fromMultipart(body.getBytes(StandardCharsets.ISO_8859_1), type)).isEqualTo("real-token");
        String without = "--XyZ\r\nContent-Disposition: form-data; name=\"team\"\r\n\r\nNorth\r\n--XyZ--\r\n";
        assertThat(CsrfFilter.fromMultipart(without.getBytes(StandardCharsets.ISO_8859_1), type)).isNull();
    }

    @Test
    void aTokenIsValidOnlyForItsOwnSessionValue() {
        CsrfTokens tokens = new CsrfTokens(new byte[32]);
        String session = tokens.newSessionValue();
        String token = tokens.formToken(session);
        assertThat(token).isNotEqualTo(session);
        assertThat(tokens.formToken(session)).isEqualTo(token);
        assertThat(tokens.formToken(tokens.newSessionValue())).isNotEqualTo(token);
    }

    @Test
    void formTokensStayValidAcrossARestartAndDifferBetweenInstallations(@org.junit.jupiter.api.io.TempDir
                                                                        java.nio.file.Path data,
                                                                        @org.junit.jupiter.api.io.TempDir
                                                                        java.nio.file.Path other) {
        String session = "session-value";
        String before = new CsrfTokens(new org.ehcpqa.system.DataDirectory(data.toString())).formToken(session);
        String after = new CsrfTokens(new org.ehcpqa.system.DataDirectory(data.toString())).formToken(session);
        String elsewhere = new CsrfTokens(new org.ehcpqa.system.DataDirectory(other.toString())).formToken(session);

        assertThat(after).as("the key is kept in the data directory").isEqualTo(before);
        assertThat(elsewhere).as("each installation makes its own key").isNotEqualTo(before);
        assertThat(data.resolve("secrets").resolve("csrf-signing.key")).exists();
    }
}
