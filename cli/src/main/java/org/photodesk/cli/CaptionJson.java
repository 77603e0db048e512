package org.photodesk.cli;

import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.photodesk.core.caption.CaptionParse;
import org.photodesk.core.photo.Problem;

/** Turns a caption parse and its problems into the ordered map the CLI prints as one JSON object. */
final class CaptionJson {

    private CaptionJson() {}

    static Map<String, Object> of(String caption, CaptionParse p, List<Problem> problems) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("caption", caption);
        m.put("agency", p.agency());
        m.put("photographer", p.photographer());
        m.put("creditLine", p.creditLine());
        m.put("distributor", p.distributor());
        m.put("collection", p.collection());
        m.put("city", p.city());
        m.put("region", p.region());
        m.put("country", p.country());
        m.put("countryCode", p.countryCode());
        m.put("venue", p.venue());
        m.put("date", p.date() == null ? null : p.date().toString());
        m.put("weekdayStated", day(p.weekdayStated()));
        m.put("event", p.event());
        m.put("people", p.people());
        m.put("restrictions", p.restrictions());
        m.put("embargoUntil", p.embargoUntil() == null ? null : p.embargoUntil().toString());
        m.put("flags", p.flags());
        m.put("body", p.body());
        List<Map<String, Object>> found = new ArrayList<>();
        for (CaptionParse.Found f : p.found()) {
            Map<String, Object> x = new LinkedHashMap<>();
            x.put("field", f.field());
            x.put("value", f.value());
            x.put("start", f.span().start());
            x.put("end", f.span().end());
            found.add(x);
        }
        m.put("spans", found);
        m.put("problems", problems(problems));
        return m;
    }

    static List<Map<String, Object>> problems(List<Problem> problems) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (Problem pr : problems) {
            Map<String, Object> x = new LinkedHashMap<>();
            x.put("code", pr.code());
            x.put("message", pr.message());
            x.put("field", pr.field());
            x.put("start", pr.span() == null ? null : pr.span().start());
            x.put("end", pr.span() == null ? null : pr.span().end());
            x.put("fix", pr.fix());
            out.add(x);
        }
        return out;
    }

    private static String day(DayOfWeek d) {
        return d == null ? null : d.name().charAt(0) + d.name().substring(1).toLowerCase(Locale.ROOT);
    }
}
