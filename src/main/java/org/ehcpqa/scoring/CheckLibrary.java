package org.ehcpqa.scoring;

import jakarta.inject.Singleton;
import org.ehcpqa.scoring.lexicon.Lexicons;

import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Every registered check, by code (every Check bean; copied_text's lives in search, beside the index
 * it reads). A code a framework names but no check implements is simply absent, so the framework loader can tell the
 * framework author instead of scoring against a stub.
 */
@Singleton
public class CheckLibrary {

    private final Map<CheckCode, Check> checks;

    public CheckLibrary(List<Check> checks) {
        Map<CheckCode, Check> byCode = new EnumMap<>(CheckCode.class);
        for (Check check : checks) {
            Check previous = byCode.put(check.code(), check);
            if (previous != null) {
                throw new IllegalStateException("Two checks claim the code " + check.code().code() + ": "
                        + previous.getClass().getName() + " and " + check.getClass().getName());
            }
        }
        this.checks = Collections.unmodifiableMap(byCode);
    }

    public Optional<Check> find(CheckCode code) {
        return Optional.ofNullable(checks.get(code));
    }

    public Set<CheckCode> codes() {
        return checks.keySet();
    }

    /** Runs one check; an unknown code is a programming or framework error, not a plan defect. */
    public CheckOutcome run(CheckCode code, PlanForScoring plan, CheckParams params, Lexicons lexicons) {
        Check check = find(code).orElseThrow(() ->
                new IllegalArgumentException("No check is registered for " + code.code()));
        return check.run(plan, params, lexicons);
    }
}
