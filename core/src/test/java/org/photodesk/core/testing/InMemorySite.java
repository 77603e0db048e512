package org.photodesk.core.testing;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.photodesk.core.publish.PublishedSite;

/** A {@link PublishedSite} in memory: each gallery's live release is a map of paths to bytes. */
public final class InMemorySite implements PublishedSite {

    private final Map<String, Map<String, byte[]>> live = new ConcurrentHashMap<>();

    @Override
    public Release newRelease(String slug, int revision) {
        Map<String, byte[]> files = new HashMap<>();
        return new Release() {
            @Override
            public void write(String path, byte[] bytes) {
                files.put(path, bytes.clone());
            }

            @Override
            public String makeLive() {
                live.put(slug, Map.copyOf(files));
                return "memory:" + slug;
            }

            @Override
            public void discard() {
                files.clear();
            }
        };
    }

    @Override
    public Optional<Entry> find(String path) {
        int slash = path.indexOf('/');
        String slug = slash < 0 ? path : path.substring(0, slash);
        Map<String, byte[]> files = live.get(slug);
        if (files == null || slug.startsWith(".")) {
            return Optional.empty();
        }
        if (slash < 0) {
            return Optional.of(new Entry.Folder());
        }
        String rest = path.substring(slash + 1);
        String file = rest.isEmpty() ? "index.html" : rest;
        byte[] bytes = files.get(file);
        return bytes == null ? Optional.empty()
                : Optional.of(new Entry.File(file.substring(file.lastIndexOf('/') + 1), bytes));
    }

    @Override
    public boolean remove(String slug) {
        return live.remove(slug) != null;
    }

    @Override
    public List<String> files(String slug) {
        return live.getOrDefault(slug, Map.of()).keySet().stream().sorted().toList();
    }

    /** The live file {@code path} of gallery {@code slug}, for assertions. */
    public Optional<byte[]> file(String slug, String path) {
        return Optional.ofNullable(live.getOrDefault(slug, Map.of()).get(path));
    }
}
