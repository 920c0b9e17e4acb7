package org.ehcpqa.scoring.text;

import org.junit.jupiter.api.Test;

import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class KeyTermsTest {

    @Test
    void stemsJoinWordFormsAndDropTheChildsNameAndPlanWords() {
        assertThat(KeyTerms.of("Amira's reading and writing need support; she reads and writes slowly.", Set.of("amira")))
                .containsExactly("read", "writ", "slow");
    }
}
