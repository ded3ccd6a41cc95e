package org.corpusbot.telegram;

import java.util.List;
import org.corpusbot.answer.Answer;
import org.corpusbot.meetings.ContactStore;
import org.corpusbot.meetings.MeetingAnswers;
import org.corpusbot.meetings.MeetingQuery;

/**
 * {@code /met}, {@code /met Biden}, {@code /met Biden Putin}, {@code /met in Geneva}: who met whom,
 * with the evidence of each contact behind a source button.
 */
final class MetCommand implements Command {
  private static final java.util.regex.Pattern IN_PLACE =
      java.util.regex.Pattern.compile("(?i)(?:^|\\s)in\\s+(\\S.*)$");
  private static final java.util.Set<String> SEPARATORS = java.util.Set.of("and", "with", "&");
  private final ContactStore contacts;
  private final AnswerView view;
  private final ChatMemory memory;
  private final Replies replies;

  MetCommand(ContactStore contacts, AnswerView view, ChatMemory memory, Replies replies) {
    this.contacts = contacts;
    this.view = view;
    this.memory = memory;
    this.replies = replies;
  }

  @Override
  public String name() {
    return "met";
  }

  @Override
  public String description() {
    return "Who met whom: /met, /met Biden, /met Biden Putin, /met in Geneva";
  }

  @Override
  public void run(Incoming in, String args) {
    MeetingQuery q = query(args);
    replies.api().typing(in.chatId());
    List<ContactStore.Found> found = contacts.find(q);
    Answer a =
        new MeetingAnswers()
            .render(
                "/met " + args,
                found.size() > 30 ? found.subList(0, 30) : found,
                "I found no meetings, talks, visits or calls"
                    + (args.isBlank() ? "." : " for " + args.strip() + "."));
    memory.remember(in.chatId(), a.citations());
    AnswerView.Rendered r = view.render(a);
    replies.send(in, r.html(), r.keyboard());
  }

  /** "Biden Putin" → Biden with Putin; "in Geneva" → the place; "Biden in Geneva" → both. */
  static MeetingQuery query(String args) {
    String text = args.strip();
    String place = null;
    java.util.regex.Matcher m = IN_PLACE.matcher(text);
    if (m.find()) {
      place = m.group(1).strip();
      text = text.substring(0, m.start()).strip();
    }
    // Each word is a name; a full name still matches, as every word of a participant's name is a
    // key ("/met Joe Biden" finds what "/met Biden" finds).
    List<String> names =
        java.util.Arrays.stream(text.split("[,\\s]+"))
            .filter(w -> !w.isEmpty() && !SEPARATORS.contains(w.toLowerCase(java.util.Locale.ROOT)))
            .toList();
    return new MeetingQuery(
        names.size() > 0 ? names.get(0) : null,
        names.size() > 1 ? names.get(names.size() - 1) : null,
        place,
        null,
        null,
        null);
  }
}
