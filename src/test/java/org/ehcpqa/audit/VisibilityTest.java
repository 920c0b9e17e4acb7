package org.ehcpqa.audit;

import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

/** Who sees the first auditor's judgement, status by status (the table in Visibility's comment). */
class VisibilityTest {

    static final Caller AUDITOR = new Caller("ada", false, false);
    static final Caller MODERATOR = new Caller("mo", false, false);
    static final Caller OTHER_OFFICER = new Caller("otto", false, false);
    static final Caller MANAGER = new Caller("mina", false, true);
    static final Caller ADMIN = new Caller("root", true, false);
    static final Caller ADMIN_MODERATOR = new Caller("mo", true, false);

    static AuditRow audit(AuditStatus status, String moderator, String moderationStatus) {
        return new AuditRow(1, 2L, 3L, "statutory-baseline", "hash", "1", status, "OPENED", "ada", moderator,
                moderationStatus, null, null, null, null, null, null, 0, "ada", Instant.now(), Instant.now(), null,
                null, null);
    }

    @Test
    void aDraftIsTheAuditorsAlone() {
        AuditRow draft = audit(AuditStatus.DRAFT, null, null);
        assertThat(Visibility.seesFirstRatings(draft, AUDITOR)).isTrue();
        assertThat(Visibility.seesFirstRatings(draft, ADMIN)).isTrue();
        assertThat(Visibility.seesFirstRatings(draft, OTHER_OFFICER)).isFalse();
        assertThat(Visibility.seesFirstRatings(draft, MANAGER)).isFalse();
    }

    @Test
    void aSubmittedAuditIsHiddenFromEveryPossibleModerator() {
        AuditRow submitted = audit(AuditStatus.SUBMITTED, null, null);
        assertThat(Visibility.seesFirstRatings(submitted, MANAGER)).isTrue();
        assertThat(Visibility.seesFirstRatings(submitted, OTHER_OFFICER)).isFalse();

        AuditRow moderating = audit(AuditStatus.SUBMITTED, "mo", AuditRow.MODERATION_OPEN);
        assertThat(Visibility.ratingBlind(moderating, MODERATOR)).isTrue();
        assertThat(Visibility.seesFirstRatings(moderating, MODERATOR)).isFalse();
        assertThat(Visibility.seesFirstRatings(moderating, ADMIN_MODERATOR)).as("an administrator moderating")
                .isFalse();
        assertThat(Visibility.seesFirstRatings(moderating, OTHER_OFFICER)).isFalse();
        assertThat(Visibility.seesFirstRatings(moderating, AUDITOR)).isTrue();

        AuditRow compared = audit(AuditStatus.SUBMITTED, "mo", AuditRow.MODERATION_SUBMITTED);
        assertThat(Visibility.seesFirstRatings(compared, MODERATOR)).isTrue();
        assertThat(Visibility.seesFirstRatings(compared, OTHER_OFFICER)).isFalse();
    }

    @Test
    void moderatedAndFinalAuditsAreOpenToAll() {
        for (AuditStatus status : new AuditStatus[] {AuditStatus.MODERATED, AuditStatus.FINAL}) {
            AuditRow audit = audit(status, "mo", AuditRow.MODERATION_SUBMITTED);
            assertThat(Visibility.seesFirstRatings(audit, OTHER_OFFICER)).isTrue();
            assertThat(Visibility.seesFirstRatings(audit, MANAGER)).isTrue();
            assertThat(Visibility.seesFirstRatings(audit, MODERATOR)).isTrue();
        }
        assertThat(Visibility.seesFirstRatings(audit(AuditStatus.FINAL, null, null), OTHER_OFFICER)).isTrue();
    }
}
