package org.ehcpqa.framework;

import org.ehcpqa.scoring.CheckCode;

import java.util.Map;

/**
 * An automatic check a criterion relies on. Parameters are passed to the check library untouched: values are
 * String, Long, Double, Boolean or a List of those; their meaning belongs to the check, not to the framework.
 */
public record CheckReference(CheckCode check, Map<String, Object> params) {

    public CheckReference {
        params = Map.copyOf(params);
    }
}
