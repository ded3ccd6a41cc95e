package org.corpusbot.corpus;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Normalises raw article text into paragraphs of single-spaced text joined by blank lines.
 *
 * <p>NOTE: this is where invisible characters die. Real corpora carry zero-width spaces, BOMs, soft
 * hyphens and control characters; a paragraph made only of them would otherwise reach the embedding
 * model, which rejects blank text ("Cannot embed empty or whitespace-only text").
 */
public final class TextCleaner {
  private static final Pattern INVISIBLE =
      Pattern.compile(
          "[\\u200B-\\u200D\\u2060\\uFEFF\\u00AD\\u0000-\\u0008\\u000B\\u000C\\u000E-\\u001F\\u007F]");
  private static final Pattern ODD_SPACE =
      Pattern.compile("[\\t\\u00A0\\u2000-\\u200A\\u202F\\u205F\\u3000]");
  private static final Pattern SPACES = Pattern.compile(" {2,}");
  private static final Pattern INDENTED = Pattern.compile("(?m)^[ ]{2,}\\S");
  private static final Pattern BLANK_LINE = Pattern.compile("\\n[ ]*\\n");

  /** Cleans one line of metadata (a title, a name): invisible characters out, spaces single. */
  public static String cleanLine(String s) {
    if (s == null) {
      return null;
    }
    String t = ODD_SPACE.matcher(INVISIBLE.matcher(s).replaceAll("")).replaceAll(" ");
    return SPACES.matcher(t.replace('\n', ' ').replace('\r', ' ')).replaceAll(" ").strip();
  }

  /** The paragraphs of {@code raw}, cleaned, empty ones dropped. */
  public List<String> paragraphs(String raw) {
    String t = raw.replace("\r\n", "\n").replace('\r', '\n');
    t = INVISIBLE.matcher(t).replaceAll("");
    t = ODD_SPACE.matcher(t).replaceAll(" ");
    List<String> out = new ArrayList<>();
    for (String block : blocks(t)) {
      String p = SPACES.matcher(block.replace('\n', ' ')).replaceAll(" ").strip();
      if (!p.isEmpty()) {
        out.add(p);
      }
    }
    return out;
  }

  /** The cleaned text: paragraphs joined by a blank line. */
  public String clean(String raw) {
    return String.join("\n\n", paragraphs(raw));
  }

  /**
   * Splits into paragraph blocks. Blank lines separate paragraphs where the text has them; newswire
   * text without them (Reuters) marks a paragraph by indenting its first line; otherwise each line
   * is a paragraph, unless the lines look hard-wrapped.
   */
  private static List<String> blocks(String t) {
    if (BLANK_LINE.matcher(t.strip()).find()) {
      return List.of(BLANK_LINE.split(t));
    }
    if (INDENTED.matcher(t).find()) {
      return List.of(t.split("\\n(?=[ ]+\\S)"));
    }
    String[] lines = t.split("\\n");
    return looksWrapped(lines) ? List.of(t) : List.of(lines);
  }

  private static boolean looksWrapped(String[] lines) {
    if (lines.length < 3) {
      return false;
    }
    int unterminated = 0;
    for (String line : lines) {
      String s = line.strip();
      if (!s.isEmpty() && ".!?\"”’:".indexOf(s.charAt(s.length() - 1)) < 0) {
        unterminated++;
      }
    }
    return unterminated * 2 > lines.length;
  }
}
