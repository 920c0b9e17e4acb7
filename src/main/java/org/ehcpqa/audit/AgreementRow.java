package org.ehcpqa.audit;

import java.time.Instant;

record AgreementRow(String section, String rating, String rationale, String agreedBy, Instant agreedAt) {
}
