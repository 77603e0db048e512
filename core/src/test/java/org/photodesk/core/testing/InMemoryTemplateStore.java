package org.photodesk.core.testing;

import java.util.List;
import java.util.Optional;
import java.util.TreeMap;
import org.photodesk.core.template.Template;
import org.photodesk.core.template.TemplateStore;

/** {@link TemplateStore} in memory, for tests. */
public final class InMemoryTemplateStore implements TemplateStore {

    private final TreeMap<String, Template> templates = new TreeMap<>();

    @Override
    public synchronized List<Template> list() {
        return List.copyOf(templates.values());
    }

    @Override
    public synchronized Optional<Template> find(String name) {
        return Optional.ofNullable(templates.get(name == null ? "" : name.strip()));
    }

    @Override
    public synchronized boolean save(Template template) {
        return templates.put(template.name(), template) == null;
    }

    @Override
    public synchronized boolean remove(String name) {
        return templates.remove(name == null ? "" : name.strip()) != null;
    }
}
