package org.photodesk.core.metadata;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.SequencedMap;
import java.util.Set;
import org.photodesk.core.photo.DateCreated;
import org.photodesk.core.photo.Problem;

/** Parses a raw IPTC IIM block (the content of Photoshop resource 0x0404 or TIFF tag 33723) into fields. */
final class IimReader {

    private static final int TAG_MARKER = 0x1C;

    /** One dataset: its record and number, and where its value lies in the block. */
    record Dataset(int record, int number, int offset, int length) {}

    /**
     * What an IIM block says: values by field (dateCreated as an ISO string), the fields whose value fills the
     * dataset's byte limit, the raw datasets by key, and the problems met.
     */
    record IimData(
            Map<Field, List<String>> values,
            Set<Field> full,
            SequencedMap<String, List<String>> raw,
            List<Problem> problems) {

        static final IimData EMPTY = new IimData(Map.of(), Set.of(), new LinkedHashMap<>(), List.of());
    }

    private IimReader() {}

    /** Reads the IIM block in {@code bytes}; never throws. */
    static IimData read(byte[] bytes) {
        if (bytes == null || bytes.length == 0) {
            return IimData.EMPTY;
        }
        var problems = new ArrayList<Problem>();
        List<Dataset> datasets = datasets(bytes, problems);
        IimText.Declared declared = IimText.Declared.of(value(bytes, datasets, 1, 90));
        var values = new EnumMap<Field, List<String>>(Field.class);
        var full = EnumSet.noneOf(Field.class);
        var raw = new LinkedHashMap<String, List<String>>();
        var fallbacks = new LinkedHashSet<String>();
        for (Dataset d : datasets) {
            if (d.record() > 2 || (d.record() == 2 && d.number() >= 200)) {
                continue;
            }
            String key = IimNames.key(d.record(), d.number());
            String text = rawText(bytes, d, declared, fallbacks, key);
            raw.computeIfAbsent(key, k -> new ArrayList<>()).add(text);
            Field field = d.record() == 2 ? Field.ofIimDataset(d.number()) : null;
            if (field != null && field != Field.DATE_CREATED && !text.isBlank()) {
                values.computeIfAbsent(field, k -> new ArrayList<>()).add(text.strip());
                if (fills(bytes, d, field.iimLimit)) {
                    full.add(field);
                }
            }
        }
        date(raw, problems).ifPresent(iso -> values.put(Field.DATE_CREATED, List.of(iso)));
        if (!fallbacks.isEmpty()) {
            problems.add(Problem.of("iim.charset.fallback", "IIM " + String.join(", ", fallbacks)
                    + " is not valid UTF-8, so it was read as Windows-1252 (Latin-1); if it looks wrong, re-save"
                    + " the IPTC data as UTF-8 with dataset 1:90 set to ESC % G."));
        }
        return new IimData(values, full, raw, problems);
    }

    private static String rawText(
            byte[] bytes, Dataset d, IimText.Declared declared, Set<String> fallbacks, String key) {
        boolean binary = d.number() == 0 || (d.record() == 1 && d.number() == 90);
        if (binary) {
            return binaryText(bytes, d);
        }
        IimText.Decoded decoded = IimText.decode(bytes, d.offset(), d.length(), declared);
        if (decoded.fallback()) {
            fallbacks.add(key);
        }
        return decoded.text();
    }

    private static String binaryText(byte[] bytes, Dataset d) {
        if (d.record() == 1 && d.number() == 90) {
            return IimText.Declared.of(java.util.Arrays.copyOfRange(bytes, d.offset(), d.offset() + d.length()))
                            == IimText.Declared.UTF8
                    ? "UTF8 (ESC % G)"
                    : "other (" + d.length() + " bytes)";
        }
        long v = 0;
        for (int i = 0; i < Math.min(d.length(), 4); i++) {
            v = (v << 8) | (bytes[d.offset() + i] & 0xFF);
        }
        return Long.toString(v);
    }

    /**
     * True when a value reaches its byte limit, allowing for a multi-byte character that did not fit. Codes of
     * three bytes or fewer (2:100 country code, 2:55 date) fill their limit by design and never count.
     */
    private static boolean fills(byte[] bytes, Dataset d, int limit) {
        if (limit <= 8 || d.length() >= limit) {
            return limit > 8;
        }
        if (d.length() <= limit - 4) {
            return false;
        }
        for (int i = d.offset(); i < d.offset() + d.length(); i++) {
            if (bytes[i] < 0) {
                return true;
            }
        }
        return false;
    }

    static List<Dataset> datasets(byte[] b, List<Problem> problems) {
        var out = new ArrayList<Dataset>();
        int pos = 0;
        while (pos < b.length) {
            if ((b[pos] & 0xFF) != TAG_MARKER) {
                if (!onlyZeros(b, pos)) {
                    problems.add(Problem.of("iim.corrupt", "the IIM block has garbage at byte " + pos + " after "
                            + out.size() + " datasets; the rest was ignored: re-save the IPTC data to repair it"));
                }
                break;
            }
            if (pos + 5 > b.length) {
                problems.add(Problem.of("iim.corrupt", "the IIM block ends inside a dataset header at byte " + pos
                        + "; re-save the IPTC data to repair it"));
                break;
            }
            int record = b[pos + 1] & 0xFF;
            int number = b[pos + 2] & 0xFF;
            int length = ((b[pos + 3] & 0xFF) << 8) | (b[pos + 4] & 0xFF);
            int header = 5;
            if ((length & 0x8000) != 0) {
                int lengthBytes = length & 0x7FFF;
                if (lengthBytes > 4 || pos + 5 + lengthBytes > b.length) {
                    problems.add(Problem.of("iim.corrupt", "IIM dataset " + record + ":" + number
                            + " has an impossible extended length; re-save the IPTC data to repair it"));
                    break;
                }
                long extended = 0;
                for (int i = 0; i < lengthBytes; i++) {
                    extended = (extended << 8) | (b[pos + 5 + i] & 0xFF);
                }
                header += lengthBytes;
                length = (int) Math.min(extended, Integer.MAX_VALUE);
            }
            if ((long) pos + header + length > b.length) {
                problems.add(Problem.of("iim.corrupt", "IIM dataset " + IimNames.key(record, number) + " claims "
                        + length + " bytes but only " + (b.length - pos - header)
                        + " remain; re-save the IPTC data to repair it"));
                break;
            }
            out.add(new Dataset(record, number, pos + header, length));
            pos += header + length;
        }
        return out;
    }

    private static boolean onlyZeros(byte[] b, int from) {
        for (int i = from; i < b.length; i++) {
            if (b[i] != 0) {
                return false;
            }
        }
        return true;
    }

    private static byte[] value(byte[] bytes, List<Dataset> datasets, int record, int number) {
        for (Dataset d : datasets) {
            if (d.record() == record && d.number() == number) {
                return java.util.Arrays.copyOfRange(bytes, d.offset(), d.offset() + d.length());
            }
        }
        return null;
    }

    /** 2:55 DateCreated (CCYYMMDD) with 2:60 TimeCreated (HHMMSS±HHMM), as an ISO string. */
    private static java.util.Optional<String> date(Map<String, List<String>> raw, List<Problem> problems) {
        String date = first(raw, IimNames.key(2, 55));
        if (date == null || date.isBlank()) {
            return java.util.Optional.empty();
        }
        String time = first(raw, IimNames.key(2, 60));
        try {
            return java.util.Optional.of(parse(date.strip(), time == null ? null : time.strip()).iso());
        } catch (DateTimeException | IndexOutOfBoundsException | NumberFormatException e) {
            problems.add(Problem.inField("date.invalid", "dateCreated", "IIM 2:55 DateCreated '" + date
                    + "' / 2:60 TimeCreated '" + time + "' is not a valid CCYYMMDD / HHMMSS±HHMM date; fix the"
                    + " date in the IPTC data."));
            return java.util.Optional.empty();
        }
    }

    static DateCreated parse(String date, String time) {
        if (!date.matches("\\d{8}")) {
            throw new DateTimeException("not CCYYMMDD");
        }
        LocalDate day = LocalDate.of(Integer.parseInt(date.substring(0, 4)), Integer.parseInt(date.substring(4, 6)),
                Integer.parseInt(date.substring(6, 8)));
        if (time == null || time.isEmpty()) {
            return DateCreated.ofDate(day);
        }
        if (!time.matches("\\d{6}([+-]\\d{4})?")) {
            throw new DateTimeException("not HHMMSS±HHMM");
        }
        LocalTime clock = LocalTime.of(Integer.parseInt(time.substring(0, 2)), Integer.parseInt(time.substring(2, 4)),
                Integer.parseInt(time.substring(4, 6)));
        ZoneOffset offset = time.length() == 6 ? null : ZoneOffset.ofHoursMinutes(
                Integer.parseInt(time.substring(6, 9)), Integer.parseInt(time.charAt(6) + time.substring(9, 11)));
        return new DateCreated(day, clock, offset);
    }

    private static String first(Map<String, List<String>> raw, String key) {
        List<String> v = raw.get(key);
        return v == null || v.isEmpty() ? null : v.getFirst();
    }
}
