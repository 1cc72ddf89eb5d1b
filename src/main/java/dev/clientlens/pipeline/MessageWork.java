package dev.clientlens.pipeline;

import dev.clientlens.aggregate.MessageFacts;
import dev.clientlens.analyse.TextAnalysis;
import dev.clientlens.filter.HeaderRules;
import dev.clientlens.filter.Verdict;
import dev.clientlens.parse.MessageParser;
import dev.clientlens.parse.ParseProblem;
import dev.clientlens.parse.ParsedMessage;
import dev.clientlens.source.RawMessage;
import java.util.Optional;

/**
 * What happens to one new message on a worker thread: parse it, apply the header rules, and analyse the
 * text of mail a person wrote. Shared by the workers; holds nothing per message.
 */
final class MessageWork {
  private final MessageParser parser;
  private final HeaderRules headerRules = new HeaderRules();

  MessageWork(ScanSettings settings) {
    this.parser = new MessageParser(settings.parser());
  }

  MessageFacts apply(RawMessage raw) throws ParseProblem {
    ParsedMessage message = parser.parse(raw);
    Optional<Verdict> verdict = headerRules.judge(message);
    return MessageFacts.of(message, verdict, TextAnalysis.NONE);
  }
}
