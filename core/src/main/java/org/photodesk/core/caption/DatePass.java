package org.photodesk.core.caption;

import java.util.List;
import org.photodesk.core.photo.PhotoMetadata;
import org.photodesk.core.text.DateMentions.DateMention;
import org.photodesk.core.text.DateMentions;

/** The date pass of a caption reading: every date written, and the one that says when the picture was taken. */
final class DatePass {

    private final String text;
    private final PhotoMetadata iptc;
    private final MarksPass marks;
    private List<DateMention> allDates;

    DatePass(String text, PhotoMetadata iptc, MarksPass marks) {
        this.text = text;
        this.iptc = iptc;
        this.marks = marks;
    }

    DateMention chooseDate(int start, int end) {
        List<DateMention> ds = dates(start);
        DateMention noYear = null;
        for (DateMention d : ds) {
            if (marks.inRestriction(d.start(), d.end()) || (d.start() >= end && !inPictureDate(d.start()))) {
                continue;
            }
            if (d.year() > 0) {
                return d;
            }
            if (noYear == null) {
                noYear = d;
            }
        }
        return noYear;
    }

    List<DateMention> dates(int start) {
        if (allDates == null) {
            allDates = DateMentions.find(text, start, text.length());
        }
        return allDates;
    }

    private boolean inPictureDate(int pos) {
        int p = text.lastIndexOf("Picture date:", pos);
        return p >= 0 && pos - p < 40;
    }

    int fallbackYear(int start, int end) {
        for (DateMention d : dates(start)) {
            if (d.year() > 0 && !marks.inRestriction(d.start(), d.end())) {
                return d.year();
            }
        }
        return iptc.dateCreated() == null ? 0 : iptc.dateCreated().date().getYear();
    }
}
