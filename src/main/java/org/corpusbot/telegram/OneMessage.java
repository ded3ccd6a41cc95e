package org.corpusbot.telegram;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import org.corpusbot.answer.Answer;
import org.corpusbot.answer.Citation;
import org.corpusbot.answer.ShortAnswer;

/**
 * Cuts an answer so that its rendering fits one Telegram message: whole lines (or, in a single
 * paragraph, whole sentences) from the start, the sources those keep citing, and a note saying the
 * rest was cut. One question gets one message: a list of 200 contacts once went out as 16 messages
 * and 50,000 characters, flooding the chat and breaking the one-reply-per-question rhythm.
 */
final class OneMessage {
  static final String CUT = "The rest is cut to fit one Telegram message; ask a narrower question.";

  private OneMessage() {}

  /** {@code a} itself when {@code render(a)} fits one message, else its longest fitting start. */
  static Answer fit(Answer a, Function<Answer, String> render) {
    if (MessageSplitter.fitsOne(render.apply(a))) {
      return a;
    }
    List<String> units = units(a.text());
    int lo = 0; // units that fit
    int hi = units.size();
    while (lo < hi) {
      int mid = (lo + hi + 1) / 2;
      if (MessageSplitter.fitsOne(render.apply(keep(a, String.join("", units.subList(0, mid)))))) {
        lo = mid;
      } else {
        hi = mid - 1;
      }
    }
    String kept = String.join("", units.subList(0, lo));
    int chars = a.text().length();
    while (lo == 0 && chars > 1 && !MessageSplitter.fitsOne(render.apply(keep(a, kept)))) {
      chars = chars * 3 / 4; // not even the first line fits: cut inside it
      kept = PlainText.shorten(a.text(), chars);
    }
    return keep(a, kept);
  }

  private static Answer keep(Answer a, String text) {
    List<Citation> cited = new ArrayList<>();
    for (Citation c : a.citations()) {
      if (text.contains("[" + c.n() + "]")) {
        cited.add(c);
      }
    }
    // The short answer stays when the cut keeps it and the citations it rests on.
    ShortAnswer brief = a.shortAnswer();
    List<Integer> kept = cited.stream().map(Citation::n).toList();
    if (brief != null
        && !(text.strip().startsWith(brief.text()) && kept.containsAll(brief.citations()))) {
      brief = null;
    }
    Answer cut =
        new Answer(a.question(), a.found(), text.strip(), cited, a.note(), a.tookMs(), brief);
    return cut.withNote(CUT);
  }

  /** Lines with their line breaks, or sentences (a citation stays with its sentence). */
  static List<String> units(String text) {
    String[] parts =
        text.strip().contains("\n") ? text.split("(?<=\n)") : text.split("(?<=[.!?\\]] )(?!\\[)");
    return Arrays.asList(parts);
  }
}
