package org.photodesk.core.template;

import java.util.List;
import java.util.Optional;

/** The port to the library's caption templates, each by its unique name (case kept, compared exactly). */
public interface TemplateStore {

    /** Every template, by name. */
    List<Template> list();

    /** The template named {@code name}, if any. */
    Optional<Template> find(String name);

    /** Stores {@code template}, replacing any of the same name; returns whether it was new. */
    boolean save(Template template);

    /** Removes the template named {@code name}; false when there was none. */
    boolean remove(String name);

    /** The template named {@code name}, or an exception saying how to list them. */
    default Template expect(String name) {
        return find(name).orElseThrow(() -> new IllegalArgumentException("there is no template named '" + name
                + "': list them with 'photodesk template list' or add one with 'photodesk template add'"));
    }

    /** A store that keeps no templates, for backends that have none yet: reading finds none, saving is refused. */
    TemplateStore NONE = new TemplateStore() {
        @Override
        public List<Template> list() {
            return List.of();
        }

        @Override
        public Optional<Template> find(String name) {
            return Optional.empty();
        }

        @Override
        public boolean save(Template template) {
            throw new IllegalStateException("these backends keep no caption templates");
        }

        @Override
        public boolean remove(String name) {
            return false;
        }
    };
}
