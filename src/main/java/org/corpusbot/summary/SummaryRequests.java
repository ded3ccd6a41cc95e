package org.corpusbot.summary;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Recognises requests for a summary in plain language: "Summarize the article about the cyber
 * talks", "Give me a summary of the bridge vote", "Sum up the latest article", "TL;DR the ferry
 * strike". Anything else is not one. Thread-safe.
 */
public final class SummaryRequests {
  private static final Pattern ASK =
      Pattern.compile(
          "(?i)^\\s*(?:(?:please|can you|could you|would you)\\s+)?"
              + "(?:summari[sz]e|sum up|recap|give me (?:a |the )?(?:short |quick |brief )?(?:summary|gist|rundown|recap) of"
              + "|(?:a |the )?(?:short |quick |brief )?summary of|what(?:'s| is) the gist of|the gist of"
              + "|tl;?dr(?: of)?:?)"
              + "(?:\\s+(?:for me|please))?\\s*(.*?)[\\s?.!]*$");
  private static final Pattern LATEST =
      Pattern.compile(
          "(?i)^(?:the\\s+)?(?:latest|newest|most recent|last)(?:\\s+(?:article|story|piece|report|news))?$");
  private static final Pattern ONE_ARTICLE =
      Pattern.compile(
          "(?i)^(?:the|this|that|an?)\\s+(?:article|story|piece|report)\\s+(?:about|on|that|which|where|with|covering|describing)\\s+(.+)$");
  private static final Pattern TOPIC_LEAD =
      Pattern.compile(
          "(?i)^(?:what (?:the )?(?:articles|corpus|news) says? (?:about|on)|the (?:news|coverage|reporting|articles) (?:about|on)|(?:everything|all) (?:about|on))\\s+");

  public Optional<SummaryRequest> parse(String text) {
    Matcher m = ASK.matcher(text);
    if (!m.matches()) {
      return Optional.empty();
    }
    String rest = m.group(1).strip();
    if (rest.isEmpty() || LATEST.matcher(rest).matches()) {
      return Optional.of(new SummaryRequest(SummaryRequest.Kind.LATEST, ""));
    }
    Matcher one = ONE_ARTICLE.matcher(rest);
    if (one.matches()) {
      return Optional.of(new SummaryRequest(SummaryRequest.Kind.ARTICLE_ABOUT, one.group(1)));
    }
    String topic = TOPIC_LEAD.matcher(rest).replaceFirst("");
    return Optional.of(new SummaryRequest(SummaryRequest.Kind.TOPIC, topic));
  }
}
