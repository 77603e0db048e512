package org.photodesk.scale.testing;

import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * The JUnit extension that gives tests the real servers of the scale backends: a {@link LocalPostgres} and a
 * {@link LocalS3}, each started once per test run (on first use) and stopped at its end. Tests take them as
 * parameters of their constructors or {@code @BeforeEach} methods.
 */
public final class ScaleServers implements ParameterResolver {

    private static final ExtensionContext.Namespace NS = ExtensionContext.Namespace.create(ScaleServers.class);

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        Class<?> type = parameter.getParameter().getType();
        return type == LocalPostgres.class || type == LocalS3.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        Class<?> type = parameter.getParameter().getType();
        ExtensionContext.Store store = context.getRoot().getStore(NS);
        return type == LocalPostgres.class
                ? store.computeIfAbsent(LocalPostgres.class, k -> LocalPostgres.start(), LocalPostgres.class)
                : store.computeIfAbsent(LocalS3.class, k -> LocalS3.start(), LocalS3.class);
    }
}
