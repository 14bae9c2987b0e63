package org.villageregistry.domain.text;

/** Text typed with a Chinese input method in its ASCII forms: what a number or code is read from. */
public final class HalfWidth {
    private HalfWidth() {
    }

    /** Full-width digits, letters and signs (０-９, Ａ, －, ／, （）) as ASCII; the ideographic space as a space. */
    public static String of(String text) {
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(c -> {
            if (c >= 0xFF01 && c <= 0xFF5E) {
                out.append((char) (c - 0xFEE0));
            } else if (c == 0x3000) {
                out.append(' ');
            } else {
                out.appendCodePoint(c);
            }
        });
        return out.toString();
    }
}
