package app.bonusbot.imports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class CsvReaderTest {

    private static List<CsvRecord> readAll(String text) throws IOException, CsvFormatException {
        List<CsvRecord> records = new ArrayList<>();
        try (CsvReader reader = new CsvReader(new StringReader(text))) {
            for (CsvRecord r = reader.next(); r != null; r = reader.next()) {
                records.add(r);
            }
        }
        return records;
    }

    @Test
    void quoted_fields_keep_delimiters_doubled_quotes_and_line_breaks() throws Exception {
        // given
        String text = "id,name,note\n1,\"Hansen, Jensen & Co\",\"says \"\"hi\"\"\"\n2,\"two\nlines\",x\n";

        // when
        List<CsvRecord> records = readAll(text);

        // then
        assertEquals(List.of(new CsvRecord(1, List.of("id", "name", "note")), new CsvRecord(2, List.of("1", "Hansen, Jensen & Co", "says \"hi\"")),
                new CsvRecord(3, List.of("2", "two\nlines", "x"))), records);
    }

    @Test
    void records_carry_the_physical_line_they_start_on_after_multi_line_fields_and_blank_lines() throws Exception {
        // given
        String text = "a,b\r\n\"x\r\ny\r\nz\",1\r\n\r\n3,4\r\n";

        // when
        List<CsvRecord> records = readAll(text);

        // then
        assertEquals(List.of(1L, 2L, 6L), records.stream().map(CsvRecord::line).toList());
        assertEquals(List.of("x\ny\nz", "1"), records.get(1).fields());
    }

    @Test
    void a_byte_order_mark_is_dropped_and_a_last_line_without_line_end_is_read() throws Exception {
        // given
        String text = "\uFEFFDeal ID,Amount\n7,100";

        // when
        List<CsvRecord> records = readAll(text);

        // then
        assertEquals(List.of("Deal ID", "Amount"), records.get(0).fields());
        assertEquals(List.of("7", "100"), records.get(1).fields());
    }

    @Test
    void semicolons_are_the_delimiter_when_the_header_has_more_of_them() throws Exception {
        // given
        String text = "id;name;amount\n1;Hansen, Jensen;12500.50\n";

        // when
        List<CsvRecord> records = readAll(text);

        // then
        assertEquals(List.of("1", "Hansen, Jensen", "12500.50"), records.get(1).fields());
    }

    @Test
    void empty_fields_are_empty_strings() throws Exception {
        // given
        String text = "a,b,c\n,,\n\"\",x,\n";

        // when
        List<CsvRecord> records = readAll(text);

        // then
        assertEquals(List.of("", "", ""), records.get(1).fields());
        assertEquals(List.of("", "x", ""), records.get(2).fields());
    }

    @Test
    void a_record_with_the_wrong_number_of_fields_is_an_error_on_its_line_and_reading_goes_on() throws Exception {
        // given
        CsvReader reader = new CsvReader(new StringReader("a,b\n1,2\n3\n4,5\n"));
        reader.next();
        reader.next();

        // when
        CsvFormatException e = assertThrows(CsvFormatException.class, reader::next);
        CsvRecord after = reader.next();

        // then
        assertEquals(3, e.line());
        assertEquals("has 1 fields, but the header has 2", e.reason());
        assertEquals(new CsvRecord(4, List.of("4", "5")), after);
    }

    @Test
    void an_unterminated_quote_is_an_error_on_the_line_where_it_opens() throws Exception {
        // given
        CsvReader reader = new CsvReader(new StringReader("a,b\n1,2\n3,\"never closed\n4,5\n"));
        reader.next();
        reader.next();

        // when
        CsvFormatException e = assertThrows(CsvFormatException.class, reader::next);

        // then
        assertEquals(3, e.line());
        assertNull(reader.next());
    }

    @Test
    void a_stray_quote_is_an_error_and_the_next_line_is_read_normally() throws Exception {
        // given
        CsvReader reader = new CsvReader(new StringReader("a,b\n5\" screen,2\n\"x\"y,3\nok,4\n"));
        reader.next();

        // when
        CsvFormatException unquoted = assertThrows(CsvFormatException.class, reader::next);
        CsvFormatException afterClosing = assertThrows(CsvFormatException.class, reader::next);
        CsvRecord after = reader.next();

        // then
        assertEquals(2, unquoted.line());
        assertEquals(3, afterClosing.line());
        assertEquals(new CsvRecord(4, List.of("ok", "4")), after);
    }

    /** Hands out at most {@code step} characters per read, so that every field and line end meets a buffer's edge. */
    private static Reader trickling(String text, int step) {
        return new StringReader(text) {
            @Override
            public int read(char[] buffer, int offset, int length) throws IOException {
                return super.read(buffer, offset, Math.min(step, length));
            }
        };
    }

    private static List<CsvRecord> readAll(Reader in) throws IOException, CsvFormatException {
        List<CsvRecord> records = new ArrayList<>();
        try (CsvReader reader = new CsvReader(in)) {
            for (CsvRecord r = reader.next(); r != null; r = reader.next()) {
                records.add(r);
            }
        }
        return records;
    }

    @Test
    void fields_and_line_ends_split_across_reads_are_read_as_if_whole() throws Exception {
        // given
        String text = "\uFEFFid,name,note\r\n1,  \"Hansen, Jensen & Co\" ,\"says \"\"hi\"\"\"\r\n\r\n2,\"two\r\nlines\",  x y\n3,,\n";

        for (int step = 1; step <= 7; step++) {
            // when
            List<CsvRecord> records = readAll(trickling(text, step));

            // then
            assertEquals(List.of(new CsvRecord(1, List.of("id", "name", "note")),
                    new CsvRecord(2, List.of("1", "Hansen, Jensen & Co", "says \"hi\"")),
                    new CsvRecord(4, List.of("2", "two\nlines", "  x y")),
                    new CsvRecord(6, List.of("3", "", ""))), records, "reading " + step + " characters at a time");
        }
    }

    @Test
    void a_field_longer_than_the_reader_buffers_is_read_whole_quoted_or_not() throws Exception {
        // given
        String longText = "x".repeat(200_000);
        String text = "a;b\n" + longText + ";\"" + longText + "\"\"" + longText + "\"\n";

        // when
        List<CsvRecord> records = readAll(new StringReader(text));

        // then
        assertEquals(List.of(longText, longText + "\"" + longText), records.get(1).fields());
    }

    @Test
    void the_delimiter_is_picked_from_the_header_line_only() throws Exception {
        // given a comma header followed by rows full of semicolons
        String text = "id,name\n" + "1,a;b;c;d\n".repeat(10_000);

        // when
        List<CsvRecord> records = readAll(trickling(text, 1000));

        // then
        assertEquals(10_001, records.size());
        assertEquals(List.of("1", "a;b;c;d"), records.get(10_000).fields());
    }
}
