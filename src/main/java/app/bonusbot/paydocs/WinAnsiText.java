package app.bonusbot.paydocs;

import org.apache.pdfbox.pdmodel.font.encoding.GlyphList;
import org.apache.pdfbox.pdmodel.font.encoding.WinAnsiEncoding;

/**
 * Text as the PDF's standard fonts can show it. Those fonts (Helvetica) use WinAnsi encoding: it has æ ø å Æ Ø Å,
 * é, ü, €, ×, · and the dashes, so Danish text is shown and extracted as written, but not the minus sign (U+2212) or
 * the narrow and figure spaces that number formats of some locales put in amounts. Those are mapped to what a reader
 * sees the same: a hyphen-minus and a space. Anything else the encoding lacks becomes {@code ?} rather than failing a
 * whole statement run.
 */
final class WinAnsiText {

    private WinAnsiText() {}

    static String of(String text) {
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(c -> out.append(mapped(c)));
        return out.toString();
    }

    private static String mapped(int c) {
        switch (c) {
            case '\u2212', '\u2010', '\u2011' -> {
                return "-";
            }
            case '\u00a0', '\u202f', '\u2007', '\u2009', '\u200a', '\t', '\n', '\r' -> {
                return " ";
            }
            case '\u2192' -> {
                return "->";
            }
            case '\u2264' -> {
                return "<=";
            }
            case '\u2265' -> {
                return ">=";
            }
            default -> {
                if (c == ' ') {
                    return " ";
                }
                String name = GlyphList.getAdobeGlyphList().codePointToName(c);
                return WinAnsiEncoding.INSTANCE.contains(name) ? new String(Character.toChars(c)) : "?";
            }
        }
    }
}
