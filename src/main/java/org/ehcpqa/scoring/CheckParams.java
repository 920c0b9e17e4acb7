package org.ehcpqa.scoring;

import org.ehcpqa.plan.SectionCode;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The free {@code params} map a framework gives a check, read with defaults. A value of the wrong
 * type is a framework error, so it fails loudly with the parameter's name rather than being ignored.
 */
public record CheckParams(Map<String, Object> values) {

    private static final CheckParams NONE = new CheckParams(Map.of());

    public CheckParams {
        values = values == null ? Map.of() : Map.copyOf(values);
    }

    public static CheckParams none() {
        return NONE;
    }

    public static CheckParams of(Map<String, Object> values) {
        return new CheckParams(values);
    }

    public int intValue(String name, int defaultValue) {
        Object value = values.get(name);
        if (value == null) {
            return defaultValue;
        }
        if (value instanceof Number number && number.doubleValue() == Math.rint(number.doubleValue())) {
            return number.intValue();
        }
        throw wrongType(name, "a whole number", value);
    }

    public double doubleValue(String name, double defaultValue) {
        Object value = values.get(name);
        if (value == null) {
            return defaultValue;
        }
        if (value instanceof Number number) {
            return number.doubleValue();
        }
        throw wrongType(name, "a number", value);
    }

    public List<String> stringList(String name, List<String> defaultValue) {
        Object value = values.get(name);
        if (value == null) {
            return defaultValue;
        }
        if (value instanceof String single) {
            return List.of(single);
        }
        if (value instanceof List<?> list) {
            List<String> strings = new ArrayList<>();
            for (Object element : list) {
                if (!(element instanceof String string)) {
                    throw wrongType(name, "a list of strings", value);
                }
                strings.add(string);
            }
            return List.copyOf(strings);
        }
        throw wrongType(name, "a list of strings", value);
    }

    public List<SectionCode> sections(String name, List<SectionCode> defaultValue) {
        if (!values.containsKey(name)) {
            return defaultValue;
        }
        List<SectionCode> codes = new ArrayList<>();
        for (String raw : stringList(name, List.of())) {
            codes.add(SectionCode.parse(raw).orElseThrow(() -> new IllegalArgumentException(
                    "Check parameter '" + name + "' names an unknown section: '" + raw + "'")));
        }
        return List.copyOf(codes);
    }

    private static IllegalArgumentException wrongType(String name, String expected, Object value) {
        return new IllegalArgumentException("Check parameter '" + name + "' must be " + expected
                + ", not " + value.getClass().getSimpleName());
    }
}
